// Parameterised checks over OpenShift component configs (apiServerArguments, extendedArguments) so that the rules
// of sections 1.2 - 1.4 stay one call each: an argument that must name a file, be true, reach a minimum, or turn an
// admission plugin on or off.
import type { Resource } from '../model/types.js';
import { DEFAULT_ON_PLUGINS } from './admission-plugins.js';
import { fail, manual, pass } from './define.js';
import { Field } from './field.js';
import { parseGoBool } from './flags.js';
import { broadUrlGrants, describeAccessors, SENSITIVE_URLS } from './openshift-access.js';
import { argItems, argValue, configArg, operatorConfig, podFlags, refLabel, sectionField, type ArgSection, type EmbeddedRef } from './openshift-config.js';
import type { RuleContext, Verdict } from './types.js';

/** Run `check` on the config a ConfigMap holds; manual when it is not in the input, error when it does not parse. */
export function withConfig(ctx: RuleContext, ref: EmbeddedRef, check: (doc: Resource) => Verdict): Verdict {
  const c = operatorConfig(ctx, ref);
  return 'verdict' in c ? c.verdict : check(c.doc);
}

function where(ref: EmbeddedRef, section: ArgSection): string {
  return `${section} of ${refLabel(ref)}`;
}

export interface PathArg {
  readonly name: string;
  /** The path the operator sets; another value is left for review. */
  readonly expected?: string;
}

/**
 * Arguments that must name files (certificates, keys, CA bundles): fail when one is not set; pass when each is set
 * (to the operator's path, when one is given); manual when a value differs from the operator's, since whether
 * another file is appropriate cannot be read from the configuration.
 */
export function checkArgPaths(ctx: RuleContext, ref: EmbeddedRef, section: ArgSection, args: readonly PathArg[], what: string): Verdict {
  return withConfig(ctx, ref, (doc) => {
    const missing = args.filter((a) => !configArg(doc, section, a.name));
    if (missing.length > 0) {
      return fail(sectionField(doc, section), `${missing.map((a) => `"${a.name}"`).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not set in ${where(ref, section)}, so ${what}`);
    }
    const values = args.map((a) => ({ a, v: argValue(configArg(doc, section, a.name)!) }));
    const odd = values.find(({ a, v }) => a.expected !== undefined && v.value !== a.expected);
    const text = values.map(({ a, v }) => `"${a.name}" is "${v.value}"`).join(', ');
    if (odd) return manual(`"${odd.a.name}" is "${odd.v.value}" instead of the operator's "${odd.a.expected}" (${refLabel(ref)}): confirm that it names the intended file`, odd.v.field);
    return pass(values[0].v.field, `${text} in ${where(ref, section)}`);
  });
}

/** A boolean argument that must be `want`; `defaultValue` is what the component uses when it is not set. */
export function checkArgBool(ctx: RuleContext, ref: EmbeddedRef, section: ArgSection, name: string, want: boolean, defaultValue: boolean): Verdict {
  return withConfig(ctx, ref, (doc) => {
    const arg = configArg(doc, section, name);
    if (!arg) {
      const text = `"${name}" is not set in ${where(ref, section)}, and it defaults to ${defaultValue}`;
      return defaultValue === want ? pass(sectionField(doc, section), text) : fail(sectionField(doc, section), text);
    }
    const v = argValue(arg);
    const b = parseGoBool(v.value);
    if (b === undefined) return fail(v.field, `"${name}" is "${v.value}" in ${where(ref, section)}, which is not a boolean`);
    const text = `"${name}" is ${b} in ${where(ref, section)}`;
    return b === want ? pass(v.field, text) : fail(v.field, text);
  });
}

/** An integer argument that must be at least `min`; `unset` says what an unset value means. */
export function checkArgAtLeast(ctx: RuleContext, ref: EmbeddedRef, section: ArgSection, name: string, min: number, unset: string): Verdict {
  return withConfig(ctx, ref, (doc) => {
    const arg = configArg(doc, section, name);
    if (!arg) return fail(sectionField(doc, section), `"${name}" is not set in ${where(ref, section)}, so ${unset}`);
    const v = argValue(arg);
    if (!/^\d+$/.test(v.value.trim())) return fail(v.field, `"${name}" is "${v.value}" in ${where(ref, section)}, which is not a whole number`);
    const n = Number(v.value.trim());
    const text = `"${name}" is ${n} in ${where(ref, section)}`;
    return n >= min ? pass(v.field, `${text} (at least ${min})`) : fail(v.field, `${text}, less than ${min}`);
  });
}

export interface PluginState {
  readonly state: 'enabled' | 'disabled' | 'conflict' | 'unlisted';
  readonly why: string;
  readonly field: Field;
}

/**
 * Whether kube-apiserver turns an admission plugin on, from its apiServerArguments: enable-admission-plugins and
 * disable-admission-plugins as the flags work (the enable list adds to the plugins on by default), or the legacy
 * admission-control list, which replaces the whole set. `unlisted`: an OpenShift plugin in neither list; OpenShift
 * renders every one of its plugins into the enable list, so its absence needs a look.
 */
export function admissionPluginState(doc: Resource, plugin: string): PluginState {
  const s: ArgSection = 'apiServerArguments';
  const name = `"${plugin}"`;
  const enable = configArg(doc, s, 'enable-admission-plugins');
  const disable = configArg(doc, s, 'disable-admission-plugins');
  const legacy = configArg(doc, s, 'admission-control');
  if (legacy && !enable && !disable) {
    const hit = argItems(legacy).find((i) => i.item === plugin);
    return hit
      ? { state: 'enabled', why: `${name} is in "admission-control", which replaces the default set`, field: hit.field }
      : { state: 'disabled', why: `${name} is not in "admission-control", which replaces the default set`, field: legacy.field };
  }
  const on = enable ? argItems(enable).find((i) => i.item === plugin) : undefined;
  const off = disable ? argItems(disable).find((i) => i.item === plugin) : undefined;
  if (on && off) return { state: 'conflict', why: `${name} is in both "enable-admission-plugins" and "disable-admission-plugins", which kube-apiserver refuses`, field: off.field };
  if (on) return { state: 'enabled', why: `${name} is in "enable-admission-plugins"`, field: on.field };
  if (off) return { state: 'disabled', why: `${name} is in "disable-admission-plugins"`, field: off.field };
  const anchor = enable?.field ?? sectionField(doc, s);
  if (plugin.includes('/')) return { state: 'unlisted', why: `${name} is in neither "enable-admission-plugins" nor "disable-admission-plugins"`, field: anchor };
  const dflt = DEFAULT_ON_PLUGINS.has(plugin);
  return {
    state: dflt ? 'enabled' : 'disabled',
    why: `${name} is not in "${dflt ? 'disable' : 'enable'}-admission-plugins" and is ${dflt ? 'on' : 'off'} by default`,
    field: dflt ? disable?.field ?? anchor : anchor,
  };
}

/** The plugin must be on (`want` true) or off. */
export function checkAdmissionPlugin(ctx: RuleContext, ref: EmbeddedRef, plugin: string, want: boolean): Verdict {
  return withConfig(ctx, ref, (doc) => {
    const s = admissionPluginState(doc, plugin);
    const why = `${s.why} (${refLabel(ref)})`;
    if (s.state === 'unlisted') return manual(`${why}, although OpenShift lists all of its plugins there: look for an override in "oc get kubeapiserver cluster -o jsonpath={.spec.unsupportedConfigOverrides}" and confirm that the plugin is ${want ? 'on' : 'off'}`, s.field);
    const ok = s.state !== 'conflict' && (s.state === 'enabled') === want;
    return ok ? pass(s.field, why) : fail(s.field, why);
  });
}

/** A control plane component whose endpoints authorize through kube-apiserver (SubjectAccessReview). */
export interface DelegatingComponent {
  /** `kube-scheduler`. */
  readonly name: string;
  /** The ConfigMap with its static pod (pod.yaml) and the container that runs it. */
  readonly pod: EmbeddedRef;
  readonly container: string;
  /** Its config, when arguments may also come from there (extendedArguments). */
  readonly config?: EmbeddedRef;
}

/** Paths a delegating component serves without authorization by default: health checks only. */
const HEALTH_PATHS: ReadonlySet<string> = new Set(['/healthz', '/readyz', '/livez']);

/** The component's arguments from its static pod, with extendedArguments of its config layered on top. */
function componentFlags(ctx: RuleContext, c: DelegatingComponent): { flags: Map<string, { value: string; field: Field }>; anchor: Field } | { verdict: Verdict } {
  const pod = operatorConfig(ctx, c.pod);
  if ('verdict' in pod) return pod;
  const flags = podFlags(pod.doc, c.container);
  if (!flags) return { verdict: manual(`${refLabel(c.pod)} has no "${c.container}" container: check ${c.name}'s arguments on a control plane node`, Field.of(pod.doc, 'spec', 'containers').loc) };
  if (c.config) {
    const cfg = operatorConfig(ctx, c.config);
    if ('doc' in cfg) {
      for (const name of ['authorization-always-allow-paths', 'authorization-kubeconfig', 'authentication-kubeconfig', 'port', 'secure-port']) {
        const arg = configArg(cfg.doc, 'extendedArguments', name);
        if (arg) flags.set(name, argValue(arg));
      }
    }
  }
  const container = Field.of(pod.doc, 'spec', 'containers').items().find((x) => x.get('name').value === c.container)!;
  return { flags, anchor: container.get('name') };
}

/**
 * Metrics and profiling endpoints must need authorization: no ClusterRoleBinding gives everyone (or every service
 * account, or anonymous users) GET on /metrics, /debug/pprof or /configz, and, for a component that delegates
 * authorization to kube-apiserver, its always-allowed paths are only the health checks and it has an authorization
 * kubeconfig. Health checks themselves are public by design (system:public-info-viewer).
 */
export function checkEndpointAccess(ctx: RuleContext, component?: DelegatingComponent): Verdict {
  if (ctx.index.byKind('ClusterRoleBinding').length === 0) {
    return manual('no ClusterRoleBindings are in the input: check who may read /metrics with "oc adm policy who-can get /metrics"');
  }
  const { grants, unresolved } = broadUrlGrants(ctx, SENSITIVE_URLS);
  if (grants.length > 0) {
    return fail(grants[0].accessor.field, `${describeAccessors(grants.map((g) => g.accessor))} may GET "${grants[0].path}" without further authorization`);
  }
  if (component) {
    const f = componentFlags(ctx, component);
    if ('verdict' in f) return f.verdict.status === 'manual' ? manual(`RBAC keeps metrics from everyone, but ${f.verdict.message}`, f.verdict.loc) : f.verdict;
    const allow = f.flags.get('authorization-always-allow-paths');
    const open = allow ? allow.value.split(',').map((s) => s.trim()).filter((p) => p && !HEALTH_PATHS.has(p)) : [];
    if (allow && open.length > 0) return fail(allow.field, `${component.name} serves ${open.map((p) => `"${p}"`).join(', ')} without authorization (--authorization-always-allow-paths)`);
    if (!f.flags.get('authorization-kubeconfig')) return fail(f.anchor, `${component.name} runs without --authorization-kubeconfig, so its endpoints are not authorized through RBAC`);
  }
  if (unresolved.length > 0) {
    const b = unresolved[0];
    return manual(`${b.kind} "${b.name}" binds a broad group to ${b.roleRef.kind} "${b.roleRef.name}", which is not in the input, so whether it opens metrics endpoints cannot be read`, b.roleRef.field);
  }
  const what = component ? `${component.name} authorizes every path but the health checks through kube-apiserver, and no` : 'no';
  return pass(undefined, `${what} ClusterRoleBinding gives everyone access to metrics or profiling endpoints`);
}

/** The scheduler's (or controller manager's) API must be served securely and authorized through RBAC. */
export function checkSecureServing(ctx: RuleContext, component: DelegatingComponent): Verdict {
  const f = componentFlags(ctx, component);
  if ('verdict' in f) return f.verdict;
  const insecure = f.flags.get('port');
  if (insecure && insecure.value.trim() !== '0') return fail(insecure.field, `${component.name} serves plain HTTP on --port=${insecure.value}`);
  for (const name of ['authentication-kubeconfig', 'authorization-kubeconfig']) {
    if (!f.flags.get(name)) return fail(f.anchor, `${component.name} runs without --${name}, so callers of its API are not ${name.startsWith('authe') ? 'authenticated' : 'authorized'} through kube-apiserver`);
  }
  const secure = f.flags.get('secure-port');
  const port = secure ? ` on port ${secure.value}` : '';
  return pass(f.flags.get('authorization-kubeconfig')!.field, `${component.name} serves only HTTPS${port} and authenticates and authorizes callers through kube-apiserver`);
}
