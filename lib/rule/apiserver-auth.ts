// API server authorization chain and anonymous authentication, from the flags or from the structured
// AuthorizationConfiguration / AuthenticationConfiguration files that replace them in newer versions.
import type { Loc } from '../model/types.js';
import { configDocFor, flagSetting, isVerdict, describeSetting, type ComponentView } from './component.js';
import { fail, pass } from './define.js';
import { featureGates, flagValue, parseGoBool } from './flags.js';
import type { Verdict } from './types.js';

export interface Authorizer {
  /** Mode or authorizer type: `Node`, `RBAC`, `Webhook`, `AlwaysAllow`, ... */
  readonly type: string;
  readonly loc: Loc;
}

export interface AuthorizerChain {
  readonly authorizers: readonly Authorizer[];
  /** What decided the chain, in message words. */
  readonly source: string;
  /** Where the chain is configured (the flag, the config file's list, or where the flag would go). */
  readonly loc: Loc;
}

/**
 * The authorizer chain in order. --authorization-config (1.29+) names an AuthorizationConfiguration file and
 * excludes --authorization-mode; without either, the API server uses AlwaysAllow.
 */
export function authorizerChain(v: ComponentView): AuthorizerChain | Verdict {
  const cfg = flagSetting(v, 'authorization-config');
  if (cfg.value !== undefined && cfg.value !== '') {
    const found = configDocFor(v, cfg, 'authorization configuration');
    if (isVerdict(found)) return found;
    const list = found.doc.obj.authorizers;
    const items = Array.isArray(list) ? list : [];
    const authorizers = items.map((a, i) => {
      const { exact: _e, ...loc } = found.doc.locate(['authorizers', i, 'type']);
      const t = a && typeof a === 'object' ? (a as Record<string, unknown>).type : undefined;
      return { type: typeof t === 'string' ? t : '', loc };
    });
    const { exact: _e, ...loc } = found.doc.locate(['authorizers']);
    return { authorizers, source: `the authorizers in "${cfg.value}" (named by "--authorization-config")`, loc };
  }
  const mode = flagValue(v.component, 'authorization-mode');
  if (mode) {
    const types = mode.value.split(',').map((s) => s.trim()).filter(Boolean);
    return { authorizers: types.map((type) => ({ type, loc: mode.loc })), source: `"--authorization-mode" is "${mode.value}" (flag)`, loc: mode.loc };
  }
  return { authorizers: [{ type: 'AlwaysAllow', loc: v.anchor }], source: '"--authorization-mode" is not set, so the default "AlwaysAllow" applies', loc: v.anchor };
}

export interface AnonymousAuth {
  /** `limited`: allowed only on the listed paths (AuthenticationConfiguration anonymous.conditions). */
  readonly state: 'enabled' | 'disabled' | 'limited' | 'invalid';
  readonly message: string;
  readonly loc: Loc;
  /** Paths anonymous requests may reach, when limited. */
  readonly paths?: readonly string[];
}

/**
 * Anonymous authentication. From 1.32 (1.31 behind the AnonymousAuthConfigurableEndpoints gate) the
 * AuthenticationConfiguration file may carry an `anonymous` section, which then replaces --anonymous-auth.
 * Otherwise --anonymous-auth decides, and it defaults to true.
 */
export function anonymousAuth(v: ComponentView): AnonymousAuth | Verdict {
  const cfg = flagSetting(v, 'authentication-config');
  let note = '';
  if (cfg.value !== undefined && cfg.value !== '') {
    const found = configDocFor(v, cfg, 'authentication configuration');
    if (isVerdict(found)) return found;
    const anon = found.doc.obj.anonymous;
    if (anon !== undefined && anon !== null && typeof anon === 'object') {
      const gate = featureGates(v.component).get('AnonymousAuthConfigurableEndpoints');
      const supported = v.minor === undefined || v.minor >= 32 ? gate?.enabled !== false : v.minor === 31 && gate?.enabled === true;
      if (supported) {
        const a = anon as Record<string, unknown>;
        const { exact: _e, ...loc } = found.doc.locate(['anonymous', 'enabled']);
        const where = `(authentication config "${cfg.value}")`;
        if (a.enabled !== true) return { state: 'disabled', message: `"anonymous.enabled" is ${String(a.enabled ?? false)} ${where}`, loc };
        const conditions = Array.isArray(a.conditions) ? a.conditions : [];
        const paths = conditions
          .map((c) => (c && typeof c === 'object' ? (c as Record<string, unknown>).path : undefined))
          .filter((p): p is string => typeof p === 'string');
        if (paths.length === 0) return { state: 'enabled', message: `"anonymous.enabled" is true with no conditions ${where}, so anonymous requests reach every endpoint`, loc };
        return { state: 'limited', message: `anonymous requests are limited to ${paths.map((p) => `"${p}"`).join(', ')} ${where}`, loc, paths };
      }
      note = `; the "anonymous" section of "${cfg.value}" is not in effect on this version`;
    }
  }
  const s = flagSetting(v, 'anonymous-auth', { default: 'true' });
  const b = parseGoBool(s.value ?? '');
  if (b === undefined) return { state: 'invalid', message: `${describeSetting(s)}, which is not a boolean${note}`, loc: s.loc };
  return { state: b ? 'enabled' : 'disabled', message: `${describeSetting(s)}${note}`, loc: s.loc };
}

/** The authorizer chain must (`want` true) or must not contain an authorizer of this type. */
export function checkAuthorizer(v: ComponentView, type: string, want: boolean): Verdict {
  const chain = authorizerChain(v);
  if (isVerdict(chain)) return chain;
  const found = chain.authorizers.find((a) => a.type === type);
  if (want) return found ? pass(found.loc, chain.source) : fail(chain.loc, `${chain.source}, which does not include "${type}"`);
  return found ? fail(found.loc, `${chain.source}, which includes "${type}"`) : pass(chain.loc, chain.source);
}
