// Control-plane component settings (API server, controller manager, scheduler, etcd): the effective value of a
// flag with where it came from (flag, environment, config file, default), config files named by flags, and the
// parameterised checks ("must be true", "must be set", "at least N", "loopback only") that keep rules thin.
import type { Component, ComponentName, ConfigFile, Loc, NodeFacts, Resource } from '../model/types.js';
import { error, fail, manual, notApplicable, pass } from './define.js';
import { Field } from './field.js';
import { flagValue, parseGoBool } from './flags.js';
import type { RuleContext, Verdict } from './types.js';

export const COMPONENT_LABEL: Readonly<Record<ComponentName, string>> = {
  apiserver: 'API server',
  controllermanager: 'controller manager',
  scheduler: 'scheduler',
  etcd: 'etcd server',
  kubelet: 'kubelet',
  proxy: 'kube-proxy',
};

/** Binary (and static pod container) name of each component. */
const BINARY: Readonly<Record<ComponentName, string>> = {
  apiserver: 'kube-apiserver',
  controllermanager: 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  etcd: 'etcd',
  kubelet: 'kubelet',
  proxy: 'kube-proxy',
};

/** One component on one node, as a rule sees it. */
export interface ComponentView {
  readonly node: NodeFacts;
  readonly component: Component;
  readonly name: ComponentName;
  readonly label: string;
  /** Kubernetes minor version: the component's own, else the node's, else the scan's. */
  readonly minor?: number;
  /** Where a flag that is not given would be added: the manifest's command (or args), else the command line. */
  readonly anchor: Loc;
}

/**
 * Run `check` on a component of a node. A node bundle without the component gives not-applicable (it does not
 * run there); a node known only through the cluster API gives manual, since its static pods were not collected.
 */
export function withComponent(node: NodeFacts, ctx: RuleContext, name: ComponentName, check: (v: ComponentView) => Verdict): Verdict {
  const component = node.components[name];
  const label = COMPONENT_LABEL[name];
  if (!component) {
    if (node.evidence === 'api') {
      return manual(`node "${node.name}" is known only from the cluster API, so its ${label} settings were not collected; collect a node bundle`);
    }
    return notApplicable(`the ${label} does not run on node "${node.name}"`);
  }
  return check(viewOf(node, component, name, ctx));
}

/** The view of a component on any node (e.g. the API server another rule compares with), if it runs there. */
export function componentView(node: NodeFacts, ctx: RuleContext, name: ComponentName): ComponentView | undefined {
  const component = node.components[name];
  return component ? viewOf(node, component, name, ctx) : undefined;
}

function viewOf(node: NodeFacts, component: Component, name: ComponentName, ctx: RuleContext): ComponentView {
  const minor = minorOf(component.version) ?? minorOf(node.kubernetesVersion) ?? ctx.kubernetesMinor;
  return { node, component, name, label: COMPONENT_LABEL[name], minor, anchor: anchorOf(node, component, name) };
}

/** `v1.31.2` -> 31. */
export function minorOf(version: string | undefined): number | undefined {
  const m = /^v?1\.(\d+)/.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
}

/** The static pod container that runs the component (matched by name or command), else the first one. */
export function containerOf(manifest: Resource, name: ComponentName): Field {
  const containers = Field.of(manifest, 'spec', 'containers').items();
  const bin = BINARY[name];
  const byName = containers.find((c) => c.get('name').value === bin);
  const byCommand = containers.find((c) => {
    const first = c.get('command', 0).str() ?? '';
    return first === bin || first.endsWith(`/${bin}`);
  });
  return byName ?? byCommand ?? containers[0] ?? Field.of(manifest, 'spec', 'containers', 0);
}

function anchorOf(node: NodeFacts, component: Component, name: ComponentName): Loc {
  if (component.manifest) {
    const c = containerOf(component.manifest, name);
    const field = c.get('command').exists ? c.get('command') : c.get('args').exists ? c.get('args') : c;
    const { exact: _exact, ...loc } = field.loc;
    return loc;
  }
  const first = component.flags[0];
  if (first) return { file: first.loc.file, line: first.loc.line, column: 1 };
  return { file: node.bundle ?? `node "${node.name}"`, line: 1, column: 1 };
}

export type SettingSource = 'flag' | 'environment' | 'config file' | 'default' | 'unset';

/** The effective value of one setting and where it came from. */
export interface Setting {
  /** Flag name without dashes (`profiling`); for config-file settings the flag it stands for. */
  readonly name: string;
  /** Raw effective value; undefined when not set and there is no default. */
  readonly value?: string;
  readonly source: SettingSource;
  /** The flag, environment entry or config field; for defaults, where the flag would be added. */
  readonly loc: Loc;
  /** Environment variable, when the value came from one. */
  readonly env?: string;
  /** Config file and field, when the value came from one. */
  readonly configFile?: string;
  readonly configField?: string;
  /** Notes about disagreements between the running process and the manifest for this flag. */
  readonly drift?: readonly string[];
}

export interface SettingOptions {
  /** The value that applies when the setting is absent (as a command line would spell it). */
  readonly default?: string;
  /** Environment variable read when the flag is absent (the flag wins when both are given). */
  readonly env?: string;
}

/** The effective value of `--name`: last occurrence of the flag, else the environment variable, else the default. */
export function flagSetting(v: ComponentView, name: string, o: SettingOptions = {}): Setting {
  const drift = driftFor(v.component, name);
  const f = flagValue(v.component, name);
  if (f) return { name, value: f.value, source: 'flag', loc: f.loc, ...(drift ? { drift } : {}) };
  const e = o.env ? envVar(v, o.env) : undefined;
  if (o.env && e) return { name, value: e.value, source: 'environment', loc: e.loc, env: o.env, ...(drift ? { drift } : {}) };
  if (o.default !== undefined) return { name, value: o.default, source: 'default', loc: v.anchor, ...(drift ? { drift } : {}) };
  return { name, source: 'unset', loc: v.anchor, ...(drift ? { drift } : {}) };
}

/**
 * An environment variable of the component: from the collected process environment when there is one, else from
 * the static pod container's `env` (literal `value` entries; `valueFrom` cannot be resolved offline).
 */
export function envVar(v: ComponentView, name: string): { value: string; loc: Loc } | undefined {
  if (v.component.env) return v.component.env[name];
  if (!v.component.manifest) return undefined;
  const entry = containerOf(v.component.manifest, v.name).get('env').items().find((e) => e.get('name').value === name);
  const value = entry?.get('value');
  if (!value || typeof value.value !== 'string') return undefined;
  const { exact: _exact, ...loc } = value.loc;
  return { value: value.value, loc };
}

function driftFor(c: Component, name: string): string[] | undefined {
  const re = new RegExp(`(^|[^a-z0-9-])--${name.replace(/[-]/g, '\\-')}([^a-z0-9-]|$)`);
  const d = (c.drift ?? []).filter((m) => re.test(m));
  return d.length ? d : undefined;
}

/** How a message names a setting: the flag, or the config-file field it was read from. */
export function settingName(s: Setting): string {
  return s.configField ? `"${s.configField}"` : `"--${s.name}"`;
}

/** `"--profiling" is "true" (flag)`, `... is not set, so the default "true" applies`: what a message says about a setting. */
export function describeSetting(s: Setting): string {
  const n = settingName(s);
  const inFile = s.configFile ? ` in config file "${s.configFile}"` : '';
  switch (s.source) {
    case 'flag':
      return `${n} is "${s.value}" (flag)`;
    case 'environment':
      return `${n} is "${s.value}" (environment variable "${s.env}")`;
    case 'config file':
      return `${n} is "${s.value}" (config file "${s.configFile}")`;
    case 'default':
      return `${n} is not set${inFile}, so the default "${s.value}" applies`;
    case 'unset':
      return `${n} is not set${inFile}`;
  }
}

/** The describe text plus any process/manifest disagreement for that flag. */
function said(s: Setting): string {
  return s.drift ? `${describeSetting(s)}; ${s.drift.join('; ')}` : describeSetting(s);
}

/** A boolean setting must have the wanted value. */
export function checkBool(s: Setting, want: boolean): Verdict {
  if (s.value === undefined) return fail(s.loc, said(s));
  const b = parseGoBool(s.value);
  if (b === undefined) return fail(s.loc, `${said(s)}, which is not a boolean the component accepts`);
  return b === want ? pass(s.loc, said(s)) : fail(s.loc, said(s));
}

/** Each setting must be given a non-empty value. */
export function checkSet(settings: readonly Setting[], v: ComponentView): Verdict {
  const missing = settings.filter((s) => s.value === undefined || s.value === '');
  if (missing.length === 0) return pass(settings[0].loc, settings.map(said).join(', '));
  const names = missing.map(settingName).join(' and ');
  const first = missing[0];
  const what = missing.every((s) => s.value === '') ? 'set to an empty value' : 'not set';
  return fail(first.loc, `${names} ${missing.length > 1 ? 'are' : 'is'} ${what} on the ${v.label}${driftTail(missing)}`);
}

/** The setting must not be given at all. */
export function checkNotSet(s: Setting, v: ComponentView): Verdict {
  if (s.source === 'unset') return pass(v.anchor, `${settingName(s)} is not set on the ${v.label}`);
  return fail(s.loc, `${said(s)}, so the ${v.label} accepts what it configures`);
}

function driftTail(settings: readonly Setting[]): string {
  const d = settings.flatMap((s) => s.drift ?? []);
  return d.length ? `; ${d.join('; ')}` : '';
}

/** An integer setting must be at least `min`. */
export function checkIntAtLeast(s: Setting, min: number): Verdict {
  const n = s.value === undefined ? undefined : parseGoInt(s.value);
  if (n === undefined) return fail(s.loc, s.value === undefined ? said(s) : `${said(s)}, which is not an integer`);
  const read = String(n) === s.value!.trim().replace(/^\+/, '') ? '' : `, which Go reads as ${n}`;
  if (n >= min) return pass(s.loc, `${said(s)}${read}`);
  return fail(s.loc, `${said(s)}${read}, below ${min}`);
}

/** An address setting must be a loopback IP (127.0.0.0/8 or ::1). */
export function checkLoopback(s: Setting): Verdict {
  if (s.value === undefined) return fail(s.loc, said(s));
  if (isLoopbackIP(s.value)) return pass(s.loc, said(s));
  const all = s.value === '0.0.0.0' || s.value === '::' || s.value === '';
  return fail(s.loc, `${said(s)}, so it ${all ? 'listens on every interface' : 'is reachable beyond the node itself'}`);
}

/** Go's strconv.ParseInt(s, 0, 64) as pflag uses for int flags: sign, 0x/0o/0b prefixes, leading-0 octal, underscores with a prefix. */
export function parseGoInt(raw: string): number | undefined {
  let s = raw.trim();
  let sign = 1;
  if (s.startsWith('+') || s.startsWith('-')) {
    if (s[0] === '-') sign = -1;
    s = s.slice(1);
  }
  let base = 10;
  let digits = s;
  const lower = s.toLowerCase();
  if (lower.startsWith('0x')) [base, digits] = [16, s.slice(2)];
  else if (lower.startsWith('0o')) [base, digits] = [8, s.slice(2)];
  else if (lower.startsWith('0b')) [base, digits] = [2, s.slice(2)];
  else if (s.length > 1 && s.startsWith('0')) [base, digits] = [8, s.slice(1)];
  if (base !== 10) digits = digits.replace(/_/g, '');
  const valid = { 2: /^[01]+$/, 8: /^[0-7]+$/, 10: /^\d+$/, 16: /^[0-9a-f]+$/i }[base as 2 | 8 | 10 | 16];
  if (!digits || !valid.test(digits)) return undefined;
  const n = parseInt(digits, base);
  return Number.isSafeInteger(n) ? sign * n : undefined;
}

/** 127.0.0.0/8, ::1 and their IPv4-mapped forms. Host names are not addresses (the flags take an IP). */
export function isLoopbackIP(addr: string): boolean {
  const a = addr.trim().replace(/^\[|\]$/g, '').toLowerCase();
  const v4 = /^(?:::ffff:)?(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(a);
  if (v4) return v4.slice(1).every((o) => Number(o) <= 255) && v4[1] === '127';
  return /^(0{0,4}:){2,7}0{0,3}1$/.test(a) || a === '::1';
}

/** Go's time.ParseDuration, in milliseconds (undefined when it does not parse). */
export function parseGoDuration(raw: string): number | undefined {
  const s = raw.trim();
  if (s === '0') return 0;
  const m = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.exec(s);
  if (!m) return undefined;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, 'µs': 1e-3, 'μs': 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let total = 0;
  for (const part of s.replace(/^[+-]/, '').matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/g)) total += Number(part[1]) * unit[part[2]];
  return m[1] === '-' ? -total : total;
}

/** A config file a flag names, looked up by the path as given and by the host path its volume mount maps it to. */
export interface ConfigLookup {
  readonly file?: ConfigFile;
  /** Paths tried, container path first. */
  readonly tried: readonly string[];
}

export function configFileFor(v: ComponentView, path: string): ConfigLookup {
  const tried = [path];
  const host = hostPathOf(v, path);
  if (host && host !== path) tried.push(host);
  for (const p of tried) {
    const file = v.node.configFiles.get(p);
    if (file) return { file, tried };
  }
  return { tried };
}

/** Map a path inside the static pod's container to the node path, through the deepest matching hostPath mount. */
export function hostPathOf(v: ComponentView, containerPath: string): string | undefined {
  const manifest = v.component.manifest;
  if (!manifest) return undefined;
  const volumes = new Map<string, string>();
  for (const vol of Field.of(manifest, 'spec', 'volumes').items()) {
    const name = vol.get('name').str();
    const host = vol.get('hostPath', 'path').str();
    if (name && host) volumes.set(name, host);
  }
  let best: { mount: string; host: string } | undefined;
  for (const m of containerOf(manifest, v.name).get('volumeMounts').items()) {
    const mount = m.get('mountPath').str()?.replace(/\/+$/, '');
    const host = volumes.get(m.get('name').str() ?? '');
    if (mount === undefined || host === undefined) continue;
    const sub = m.get('subPath').str();
    const under = containerPath === mount || containerPath.startsWith(`${mount}/`) || mount === '';
    if (under && (!best || mount.length > best.mount.length)) best = { mount, host: sub ? `${host.replace(/\/+$/, '')}/${sub}` : host };
  }
  if (!best) return undefined;
  return best.host.replace(/\/+$/, '') + containerPath.slice(best.mount.length);
}

/**
 * The parsed document of the config file a setting names, or the verdict to return when it cannot be read:
 * `error` naming the file when the bundle lacks it or it does not parse.
 */
export function configDocFor(v: ComponentView, s: Setting, what: string): { doc: Resource; file: ConfigFile } | Verdict {
  const path = s.value ?? '';
  const { file, tried } = configFileFor(v, path);
  if (!file) {
    const where = tried.length > 1 ? ` (looked for "${tried.join('" and "')}")` : '';
    return error(`${what} "${path}" named by "--${s.name}" is not in the bundle for node "${v.node.name}"${where}`, s.loc);
  }
  if (!file.doc) return error(`${what} "${path}" named by "--${s.name}" could not be parsed (see the load errors)`, file.loc);
  return { doc: file.doc, file };
}

export function isVerdict(x: unknown): x is Verdict {
  return typeof x === 'object' && x !== null && 'status' in x && 'message' in x;
}

/** `evaluate` for a rule about one component: runs `check` when the component is on the node (see withComponent). */
export function onComponent(name: ComponentName, check: (v: ComponentView, ctx: RuleContext) => Verdict): (node: NodeFacts, ctx: RuleContext) => Verdict {
  return (node, ctx) => withComponent(node, ctx, name, (v) => check(v, ctx));
}
