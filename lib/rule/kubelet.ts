// The kubelet's effective settings, resolved once for every kubelet rule: command-line flag, else the drop-in
// config folder and the config file (KubeletConfiguration), else the default of that Kubernetes version. A node
// known only through the API is judged from the configuration its kubelet reports (configz).
//
// Defaults differ between a kubelet started with a config file and one started with flags only: the config file is
// defaulted as kubelet.config.k8s.io/v1beta1, while a kubelet without --config keeps the command line's historical
// defaults for four settings (cmd/kubelet/app/options applyLegacyDefaults): anonymous auth on, token webhook off,
// authorization AlwaysAllow, read-only port 10255. configz shows the merged configuration serialized as v1beta1, where
// omitempty drops zero values, so an absent non-pointer field there means its zero value (readOnlyPort 0,
// rotateCertificates false), not its default.
import type { FieldPath, Loc, NodeFacts, Resource } from '../model/types.js';
import { Field } from './field.js';
import { featureGates, parseGoBool } from './flags.js';

export type SettingSource = 'flag' | 'config-file' | 'configz' | 'default' | 'not-collected';
export type SettingValue = boolean | number | string | readonly string[];

/** A value that depends on the Kubernetes minor version: [first minor it applies to, value], oldest first. */
export type Versioned<T> = readonly (readonly [number, T])[];

export interface KubeletSettingSpec {
  /** Command-line flag (without dashes), when there is one. */
  readonly flag?: string;
  /** KubeletConfiguration field path, when there is one. */
  readonly config?: FieldPath;
  readonly type: 'bool' | 'int' | 'string' | 'duration' | 'list';
  /** v1beta1 default (kubelet started with --config); undefined means "not set" (e.g. no client CA). */
  readonly configDefault?: SettingValue | Versioned<SettingValue>;
  /** Default of a kubelet started without --config, where it differs from configDefault. */
  readonly flagDefault?: SettingValue | Versioned<SettingValue>;
  /** Meaning of the field being absent from configz (the Go zero value of an omitempty field); else configDefault. */
  readonly configzAbsent?: SettingValue;
  /** A file path: relative values in a config file are relative to that file's folder, as the kubelet resolves them. */
  readonly isPath?: boolean;
  /** Minor version from which the flag no longer exists (the setting then comes from elsewhere). */
  readonly flagRemovedIn?: number;
  /**
   * The field is not a pointer in v1beta1 and its defaulting tests for the zero value, so a zero written in a config
   * file ("0s", "") is replaced by the default when the file is loaded; only the flag can set the zero value.
   */
  readonly zeroIsDefault?: boolean;
}

export interface KubeletSetting {
  /** Effective value; undefined when nothing sets it and it has no default, or when it was not collected. */
  readonly value?: SettingValue;
  /** The value as written (flag text or config scalar), when it was written somewhere. */
  readonly raw?: string;
  readonly source: SettingSource;
  /** Where it was decided: the flag, the config field (or the config file for a default), the configz field. */
  readonly loc?: Loc;
  /** Phrase for messages, to follow "from": `the --read-only-port flag`, `readOnlyPort in "/var/lib/kubelet/config.yaml"`. */
  readonly where: string;
  /** The written value does not parse as the setting's type (the kubelet would refuse it). */
  readonly invalid?: boolean;
  /** For not-collected: what is missing from the bundle. */
  readonly missing?: string;
  /** Anything else worth saying (a removed flag that was ignored). */
  readonly note?: string;
}

const v = <T>(...pairs: (readonly [number, T])[]): Versioned<T> => pairs;

/** The settings the benchmark names, with their flag <-> config field mapping and defaults (see the table in docs). */
export const KUBELET_SETTINGS = {
  anonymousAuth: { flag: 'anonymous-auth', config: ['authentication', 'anonymous', 'enabled'], type: 'bool', configDefault: false, flagDefault: true },
  authenticationWebhook: { flag: 'authentication-token-webhook', config: ['authentication', 'webhook', 'enabled'], type: 'bool', configDefault: true, flagDefault: false },
  authorizationMode: { flag: 'authorization-mode', config: ['authorization', 'mode'], type: 'string', configDefault: 'Webhook', flagDefault: 'AlwaysAllow', zeroIsDefault: true },
  clientCAFile: { flag: 'client-ca-file', config: ['authentication', 'x509', 'clientCAFile'], type: 'string', isPath: true },
  readOnlyPort: { flag: 'read-only-port', config: ['readOnlyPort'], type: 'int', configDefault: 0, flagDefault: 10255, configzAbsent: 0 },
  // kubeadm writes "0s" here, which the kubelet's defaulting turns into 4h (see zeroIsDefault).
  streamingConnectionIdleTimeout: { flag: 'streaming-connection-idle-timeout', config: ['streamingConnectionIdleTimeout'], type: 'duration', configDefault: '4h0m0s', zeroIsDefault: true },
  makeIPTablesUtilChains: { flag: 'make-iptables-util-chains', config: ['makeIPTablesUtilChains'], type: 'bool', configDefault: true },
  hostnameOverride: { flag: 'hostname-override', type: 'string' },
  eventRecordQPS: { flag: 'event-qps', config: ['eventRecordQPS'], type: 'int', configDefault: v([0, 5], [27, 50]) },
  tlsCertFile: { flag: 'tls-cert-file', config: ['tlsCertFile'], type: 'string', isPath: true },
  tlsPrivateKeyFile: { flag: 'tls-private-key-file', config: ['tlsPrivateKeyFile'], type: 'string', isPath: true },
  tlsCipherSuites: { flag: 'tls-cipher-suites', config: ['tlsCipherSuites'], type: 'list', configDefault: [] },
  tlsMinVersion: { flag: 'tls-min-version', config: ['tlsMinVersion'], type: 'string', configDefault: '' },
  rotateCertificates: { flag: 'rotate-certificates', config: ['rotateCertificates'], type: 'bool', configDefault: false, configzAbsent: false },
  serverTLSBootstrap: { flag: 'rotate-server-certificates', config: ['serverTLSBootstrap'], type: 'bool', configDefault: false, configzAbsent: false },
  podPidsLimit: { flag: 'pod-max-pids', config: ['podPidsLimit'], type: 'int', configDefault: -1 },
  seccompDefault: { flag: 'seccomp-default', config: ['seccompDefault'], type: 'bool', configDefault: false },
  protectKernelDefaults: { flag: 'protect-kernel-defaults', config: ['protectKernelDefaults'], type: 'bool', configDefault: false, configzAbsent: false },
  staticPodPath: { flag: 'pod-manifest-path', config: ['staticPodPath'], type: 'string', isPath: true, configzAbsent: '' },
  kubeconfig: { flag: 'kubeconfig', type: 'string' },
  // The kubelet stopped reading CNI configuration with dockershim's removal; the container runtime reads it since.
  cniConfDir: { flag: 'cni-conf-dir', type: 'string', flagDefault: '/etc/cni/net.d', flagRemovedIn: 24 },
} as const satisfies Record<string, KubeletSettingSpec>;

/** Kubelet feature gates the benchmark looks at, with their default by version (pkg/features). */
export const KUBELET_FEATURE_GATE_DEFAULTS: Readonly<Record<string, Versioned<boolean>>> = {
  // Alpha (off) in 1.7, beta and on by default since 1.12; still beta.
  RotateKubeletServerCertificate: v([0, false], [12, true]),
};

/** The newest minor version whose defaults are encoded here; used when a node's version is unknown. */
export const NEWEST_KNOWN_MINOR = 34;

/** `v1.31.2`, `1.31`, `v1.31.2-eks-1234` -> 31. */
export function minorOf(version: string | undefined): number | undefined {
  const m = /^v?1\.(\d+)/.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
}

function isVersioned(d: unknown): d is Versioned<SettingValue> {
  return Array.isArray(d) && d.length > 0 && Array.isArray(d[0]);
}

export function atVersion<T>(d: T | Versioned<T> | undefined, minor: number | undefined): T | undefined {
  if (!isVersioned(d)) return d as T | undefined;
  const m = minor ?? NEWEST_KNOWN_MINOR;
  let out: T | undefined;
  for (const [since, value] of d as Versioned<T>) if (m >= since) out = value;
  return out;
}

/** Go duration ("4h0m0s", "5m", "1.5h", "300ms", "0") -> milliseconds; undefined when it does not parse. */
export function parseGoDuration(s: string): number | undefined {
  const t = s.trim();
  if (t === '0' || t === '+0' || t === '-0') return 0;
  const re = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;
  const unit: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
  let sign = 1;
  let body = t;
  if (body.startsWith('-') || body.startsWith('+')) {
    sign = body.startsWith('-') ? -1 : 1;
    body = body.slice(1);
  }
  if (body === '') return undefined;
  let total = 0;
  let pos = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(body)) !== null) {
    total += Number(m[1]) * unit[m[2]];
    pos = re.lastIndex;
  }
  return pos === body.length ? sign * total : undefined;
}

/** A value read from a flag (text) or a config field (YAML/JSON scalar or list) -> the setting's type. */
function convert(spec: KubeletSettingSpec, value: unknown): { value?: SettingValue; raw: string; invalid?: boolean } {
  const raw = Array.isArray(value) ? value.map(String).join(',') : String(value);
  switch (spec.type) {
    case 'bool': {
      const b = typeof value === 'boolean' ? value : typeof value === 'string' ? parseGoBool(value) : undefined;
      return b === undefined ? { raw, invalid: true } : { value: b, raw };
    }
    case 'int': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && /^[+-]?\d+$/.test(value.trim()) ? Number(value) : NaN;
      return Number.isInteger(n) ? { value: n, raw } : { raw, invalid: true };
    }
    case 'duration': {
      const text = typeof value === 'number' ? `${value}ns` : String(value); // a bare number in a config file is nanoseconds
      return parseGoDuration(text) === undefined ? { raw, invalid: true } : { value: text, raw };
    }
    case 'list': {
      const items = Array.isArray(value) ? value.map(String) : String(value).split(',');
      return { value: items.map((s) => s.trim()).filter(Boolean), raw };
    }
    default:
      return typeof value === 'object' && value !== null ? { raw, invalid: true } : { value: String(value), raw };
  }
}

function isZero(spec: KubeletSettingSpec, value: SettingValue | undefined): boolean {
  if (spec.type === 'duration') return typeof value === 'string' && parseGoDuration(value) === 0;
  if (spec.type === 'string') return value === '';
  if (spec.type === 'int') return value === 0;
  if (spec.type === 'bool') return value === false;
  return Array.isArray(value) && value.length === 0;
}

/** Milliseconds of a duration setting's value (durations keep their text so messages show what was written). */
export function durationMs(s: KubeletSetting): number | undefined {
  return typeof s.value === 'string' ? parseGoDuration(s.value) : undefined;
}

function lastFlag(node: NodeFacts, name: string) {
  const flags = node.components.kubelet?.flags ?? [];
  let found;
  for (const f of flags) if (f.name === name) found = f;
  return found;
}

/** Whether the kubelet's command line is known (collected from a node bundle). */
export function hasKubeletCommandLine(node: NodeFacts): boolean {
  const k = node.components.kubelet;
  return k !== undefined && k.source !== 'configz';
}

/** Path of the kubelet's config file (--config), when it has one. */
export function kubeletConfigPath(node: NodeFacts): string | undefined {
  const f = lastFlag(node, 'config');
  return f?.value && f.value !== '' ? f.value : undefined;
}

/** The kubelet's config files in precedence order, lowest first: --config, then --config-dir drop-ins by name. */
export function kubeletConfigDocs(node: NodeFacts): { path: string; doc?: Resource }[] {
  const out: { path: string; doc?: Resource }[] = [];
  const main = kubeletConfigPath(node);
  if (main) out.push({ path: main, doc: node.configFiles.get(main)?.doc });
  const dir = lastFlag(node, 'config-dir')?.value?.replace(/\/+$/, '');
  if (dir) {
    for (const [p, cf] of node.configFiles) {
      if (p.startsWith(`${dir}/`) && !p.slice(dir.length + 1).includes('/') && p.endsWith('.conf') && cf.doc) out.push({ path: p, doc: cf.doc });
    }
  }
  return out;
}

/** Where a kubelet without config file has its command line (for defaults): the cmdline member. */
function commandLineLoc(node: NodeFacts): Loc | undefined {
  const first = node.components.kubelet?.flags[0]?.loc;
  if (first) return { file: first.file, line: 1, column: 1 };
  return node.bundle ? { file: `${node.bundle}!processes/kubelet.cmdline`, line: 1, column: 1 } : undefined;
}

function dotted(p: FieldPath): string {
  return p.join('.');
}

function stripExact(l: Loc & { exact?: boolean }): Loc {
  const { exact: _e, ...loc } = l;
  return loc;
}

/** "the v1.31 " for a version-dependent default, "the " otherwise (unknown versions take the newest default and say so). */
function theDefault(d: unknown, minor: number | undefined): string {
  if (!isVersioned(d)) return 'the ';
  return minor === undefined ? `the v1.${NEWEST_KNOWN_MINOR} (version unknown, newest) ` : `the v1.${minor} `;
}

function resolvePath(value: SettingValue | undefined, configPath: string): SettingValue | undefined {
  if (typeof value !== 'string' || value === '' || value.startsWith('/')) return value;
  const dir = configPath.slice(0, configPath.lastIndexOf('/')) || '/';
  return `${dir}/${value}`.replace(/\/\.\//g, '/').replace(/\/+/g, '/');
}

/**
 * The effective value of one kubelet setting on a node, with where it came from. `fallbackMinor` is the cluster's
 * version (RuleContext.kubernetesMinor), used when the node's own version is unknown.
 */
export function kubeletSetting(node: NodeFacts, spec: KubeletSettingSpec, fallbackMinor?: number): KubeletSetting {
  const minor = minorOf(node.kubernetesVersion) ?? fallbackMinor;
  let note: string | undefined;

  if (hasKubeletCommandLine(node)) {
    if (spec.flag) {
      const f = lastFlag(node, spec.flag);
      if (f && spec.flagRemovedIn !== undefined && minor !== undefined && minor >= spec.flagRemovedIn) {
        note = `--${spec.flag} was removed in v1.${spec.flagRemovedIn} and has no effect`;
      } else if (f) {
        const c = convert(spec, f.value ?? (spec.type === 'bool' ? 'true' : ''));
        return { ...c, source: 'flag', loc: f.loc, where: `the --${spec.flag} flag` };
      }
    }
    const configPath = kubeletConfigPath(node);
    if (configPath && spec.config) {
      const docs = kubeletConfigDocs(node);
      // Drop-ins override the config file field by field, later names winning.
      for (const { path, doc } of [...docs].reverse()) {
        if (!doc) continue;
        const field = Field.of(doc, ...spec.config);
        if (field.value === undefined || field.value === null) continue;
        const c = convert(spec, field.value);
        const value = spec.isPath ? resolvePath(c.value, path) : c.value;
        const where = `${dotted(spec.config)} in "${path}"`;
        if (spec.zeroIsDefault && !c.invalid && isZero(spec, value)) {
          const d = atVersion(spec.configDefault, minor);
          return {
            ...(d !== undefined ? { value: d } : {}),
            raw: c.raw,
            source: 'config-file',
            loc: stripExact(field.loc),
            where: `${where}, whose ${showValue(value)} the kubelet replaces with its default when it loads the file`,
            ...(note ? { note } : {}),
          };
        }
        return { ...c, value, source: 'config-file', loc: stripExact(field.loc), where, ...(note ? { note } : {}) };
      }
      const main = docs[0];
      if (!main?.doc) {
        // The running kubelet's own report beats an error when the file itself was not collected (or not trusted).
        if (node.kubeletConfigz) return fromConfigz(node.kubeletConfigz, spec, minor, `kubelet config file "${configPath}" is not in the bundle`);
        return { source: 'not-collected', where: 'nowhere', missing: `kubelet config file "${configPath}" named by --config`, ...(note ? { note } : {}) };
      }
      const d = atVersion(spec.configDefault, minor);
      const why = `"${configPath}" does not set ${dotted(spec.config)}`;
      return {
        ...(d !== undefined ? { value: d } : {}),
        source: 'default',
        loc: main.doc.loc,
        where: `${theDefault(spec.configDefault, minor)}kubelet default for config files, as ${why}${spec.flag ? ` and --${spec.flag} is not given` : ''}`,
        ...(note ? { note } : {}),
      };
    }
    const dd = spec.flagDefault !== undefined ? spec.flagDefault : spec.configDefault;
    const d = atVersion(dd, minor);
    return {
      ...(d !== undefined ? { value: d } : {}),
      source: 'default',
      loc: commandLineLoc(node),
      where: configPath
        ? `${theDefault(dd, minor)}kubelet default, as --${spec.flag} is not given`
        : `${theDefault(dd, minor)}kubelet command-line default, as the kubelet runs without --config${spec.flag ? ` and without --${spec.flag}` : ''}`,
      ...(note ? { note } : {}),
    };
  }

  if (node.kubeletConfigz) return fromConfigz(node.kubeletConfigz, spec, minor);
  return { source: 'not-collected', where: 'nowhere', missing: `the kubelet configuration of node "${node.name}" (no command line, config file or configz)` };
}

/** A setting as the kubelet's configz reports it (the merged configuration, serialized with omitempty). */
function fromConfigz(z: Resource, spec: KubeletSettingSpec, minor: number | undefined, note?: string): KubeletSetting {
  const n = note ? { note } : {};
  if (!spec.config) {
    return { source: 'not-collected', where: 'nowhere', missing: `the kubelet command line (configz does not show --${spec.flag})`, ...n };
  }
  const field = Field.of(z, ...spec.config);
  if (field.value !== undefined && field.value !== null) {
    const c = convert(spec, field.value);
    return { ...c, source: 'configz', loc: stripExact(field.loc), where: `${dotted(spec.config)} in the kubelet's configz`, ...n };
  }
  const d = spec.configzAbsent !== undefined ? spec.configzAbsent : atVersion(spec.configDefault, minor);
  return {
    ...(d !== undefined ? { value: d } : {}),
    source: 'configz',
    loc: z.loc,
    where: `the kubelet's configz, which omits ${dotted(spec.config)}${spec.configzAbsent !== undefined ? ` (meaning ${showValue(spec.configzAbsent)})` : ''}`,
    ...n,
  };
}

/** Effective state of a kubelet feature gate: --feature-gates, else featureGates in the config files or configz, else the version default. */
export function kubeletFeatureGate(node: NodeFacts, gate: string, fallbackMinor?: number): KubeletSetting {
  const minor = minorOf(node.kubernetesVersion) ?? fallbackMinor;
  const def = KUBELET_FEATURE_GATE_DEFAULTS[gate];
  const defaultValue = atVersion(def, minor);
  const kubelet = node.components.kubelet;
  if (kubelet && hasKubeletCommandLine(node)) {
    const fromFlag = featureGates(kubelet).get(gate);
    if (fromFlag) return { value: fromFlag.enabled, raw: String(fromFlag.enabled), source: 'flag', loc: fromFlag.loc, where: `--feature-gates=${gate}=${fromFlag.enabled}` };
    const configPath = kubeletConfigPath(node);
    if (configPath) {
      const docs = kubeletConfigDocs(node);
      for (const { path, doc } of [...docs].reverse()) {
        if (!doc) continue;
        const field = Field.of(doc, 'featureGates', gate);
        if (field.value === undefined || field.value === null) continue;
        const c = convert({ type: 'bool' }, field.value);
        return { ...c, source: 'config-file', loc: stripExact(field.loc), where: `featureGates.${gate} in "${path}"` };
      }
      if (!docs[0]?.doc) return { source: 'not-collected', where: 'nowhere', missing: `kubelet config file "${configPath}" named by --config` };
      return {
        ...(defaultValue !== undefined ? { value: defaultValue } : {}),
        source: 'default',
        loc: docs[0].doc.loc,
        where: `${theDefault(def, minor)}default of feature gate ${gate}, as neither --feature-gates nor "${configPath}" sets it`,
      };
    }
    return {
      ...(defaultValue !== undefined ? { value: defaultValue } : {}),
      source: 'default',
      loc: commandLineLoc(node),
      where: `${theDefault(def, minor)}default of feature gate ${gate}, as --feature-gates does not set it and there is no config file`,
    };
  }
  const z = node.kubeletConfigz;
  if (z) {
    const field = Field.of(z, 'featureGates', gate);
    if (field.value !== undefined && field.value !== null) {
      const c = convert({ type: 'bool' }, field.value);
      return { ...c, source: 'configz', loc: stripExact(field.loc), where: `featureGates.${gate} in the kubelet's configz` };
    }
    return {
      ...(defaultValue !== undefined ? { value: defaultValue } : {}),
      source: 'default',
      loc: z.loc,
      where: `${theDefault(def, minor)}default of feature gate ${gate}, as the kubelet's configz does not set it`,
    };
  }
  return { source: 'not-collected', where: 'nowhere', missing: `the kubelet configuration of node "${node.name}" (no command line, config file or configz)` };
}

/** A value for messages: strings quoted, lists joined, booleans and numbers as they are. */
export function showValue(value: SettingValue | undefined): string {
  if (value === undefined) return 'not set';
  if (Array.isArray(value)) return value.length ? `"${value.join(',')}"` : 'empty';
  return typeof value === 'string' ? `"${value}"` : String(value);
}

/** The common error verdict text when the kubelet configuration is not in the bundle. */
export function notCollectedMessage(node: NodeFacts, s: KubeletSetting): string {
  return `${s.missing ?? 'kubelet configuration'} is missing from the bundle for node "${node.name}"`;
}

/** Where a verdict about a setting points: the setting's loc, else the node's bundle. */
export function settingLoc(node: NodeFacts, s: KubeletSetting): Loc {
  return s.loc ?? { file: node.bundle ?? node.name, line: 1, column: 1 };
}

/** `read-only-port is 10255 (from the --read-only-port flag)`, or the invalid value as written. */
export function settingText(name: string, s: KubeletSetting): string {
  const value = s.invalid ? `has the invalid value "${s.raw ?? ''}"` : `is ${showValue(s.value)}`;
  return `${name} ${value} (from ${s.where})${s.note ? `; ${s.note}` : ''}`;
}
