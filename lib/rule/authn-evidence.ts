// What the input shows about how people authenticate (CIS 3.1, which the benchmark leaves to manual review):
// API server authentication flags on every collected control plane node, and cluster objects that reveal client
// certificates, long-lived service account tokens or bootstrap tokens. Names only; never a secret's data.
import type { Loc, Resource } from '../model/types.js';
import { componentView, flagSetting, type ComponentView } from './component.js';
import { Field } from './field.js';
import { parseGoBool } from './flags.js';
import type { RuleContext } from './types.js';

export function apiServers(ctx: RuleContext): ComponentView[] {
  return ctx.snapshot.nodes
    .map((n) => componentView(n, ctx, 'apiserver'))
    .filter((v): v is ComponentView => v !== undefined);
}

/** Up to `max` quoted names and how many more. */
export function someNames(names: readonly string[], max = 3): string {
  const shown = names.slice(0, max).map((n) => `"${n}"`).join(', ');
  return names.length > max ? `${shown} and ${names.length - max} more` : shown;
}

/** API servers on which `flag` is set (non-empty, and not false for booleans), with where. */
export function serversWith(servers: readonly ComponentView[], flag: string): { view: ComponentView; loc: Loc; value: string }[] {
  const out: { view: ComponentView; loc: Loc; value: string }[] = [];
  for (const v of servers) {
    const s = flagSetting(v, flag);
    if (s.value === undefined || s.value === '' || parseGoBool(s.value) === false) continue;
    out.push({ view: v, loc: s.loc, value: s.value });
  }
  return out;
}

export function onNodes(hits: readonly { view: ComponentView }[]): string {
  return someNames(hits.map((h) => h.view.node.name));
}

/** Mechanisms other than client certificates and tokens that let people sign in (OIDC, webhook, structured config). */
export function userAuthenticators(servers: readonly ComponentView[]): string[] {
  const out = new Set<string>();
  for (const v of servers) {
    if (flagSetting(v, 'oidc-issuer-url').value) out.add('OIDC');
    if (flagSetting(v, 'authentication-token-webhook-config-file').value) out.add('a token webhook');
    if (flagSetting(v, 'authentication-config').value) out.add('an authentication configuration file');
  }
  return [...out];
}

/** Secrets of a type, as `namespace/name`, in input order. */
export function secretsOfType(ctx: RuleContext, type: string): { names: string[]; first?: Resource } {
  const found = ctx.index.byKind('Secret').filter((s) => Field.of(s, 'type').value === type);
  return { names: found.map((s) => `${s.namespace ?? ''}/${s.name}`), ...(found[0] ? { first: found[0] } : {}) };
}

/** CertificateSigningRequests for API server client certificates (how client certificates are issued in-cluster). */
export function clientCertRequests(ctx: RuleContext): { names: string[]; first?: Resource } {
  const found = ctx.index.byKind('CertificateSigningRequest').filter((r) => Field.of(r, 'spec', 'signerName').value === 'kubernetes.io/kube-apiserver-client');
  return { names: found.map((r) => r.name), ...(found[0] ? { first: found[0] } : {}) };
}

/** User subjects (not system: identities) that RoleBindings and ClusterRoleBindings grant roles to. */
export function boundUsers(ctx: RuleContext): string[] {
  const users = new Set<string>();
  for (const kind of ['ClusterRoleBinding', 'RoleBinding']) {
    for (const b of ctx.index.byKind(kind)) {
      for (const s of Field.of(b, 'subjects').items()) {
        const name = s.get('name').str();
        if (s.get('kind').value === 'User' && name && !name.startsWith('system:')) users.add(name);
      }
    }
  }
  return [...users].sort();
}
