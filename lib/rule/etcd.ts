// etcd settings as etcd reads them: a command-line flag wins over its ETCD_* environment variable, and a
// configuration file (--config-file or ETCD_CONFIG_FILE) replaces both entirely.
import type { NodeFacts, Resource } from '../model/types.js';
import { configDocFor, describeSetting, flagSetting, isVerdict, onComponent, type ComponentView, type Setting } from './component.js';
import { fail } from './define.js';
import { Field } from './field.js';
import type { RuleContext, Verdict } from './types.js';

/** Config-file keys of the flags the benchmark reads (etcd's YAML config uses the flag names, TLS ones nested). */
const CONFIG_PATH: Readonly<Record<string, readonly string[]>> = {
  'cert-file': ['client-transport-security', 'cert-file'],
  'key-file': ['client-transport-security', 'key-file'],
  'client-cert-auth': ['client-transport-security', 'client-cert-auth'],
  'trusted-ca-file': ['client-transport-security', 'trusted-ca-file'],
  'auto-tls': ['client-transport-security', 'auto-tls'],
  'peer-cert-file': ['peer-transport-security', 'cert-file'],
  'peer-key-file': ['peer-transport-security', 'key-file'],
  'peer-client-cert-auth': ['peer-transport-security', 'client-cert-auth'],
  'peer-trusted-ca-file': ['peer-transport-security', 'trusted-ca-file'],
  'peer-auto-tls': ['peer-transport-security', 'auto-tls'],
  'listen-client-urls': ['listen-client-urls'],
  'listen-peer-urls': ['listen-peer-urls'],
};

/** Defaults of the settings above, from etcd's flag definitions. */
export const ETCD_DEFAULTS: Readonly<Record<string, string>> = {
  'client-cert-auth': 'false',
  'auto-tls': 'false',
  'peer-client-cert-auth': 'false',
  'peer-auto-tls': 'false',
  'listen-client-urls': 'http://localhost:2379',
  'listen-peer-urls': 'http://localhost:2380',
};

/** `client-cert-auth` -> `ETCD_CLIENT_CERT_AUTH`. */
export function etcdEnvName(flag: string): string {
  return `ETCD_${flag.toUpperCase().replace(/-/g, '_')}`;
}

export interface EtcdSettings {
  /** The effective value of a flag, with etcd's defaults. */
  get(flag: string): Setting;
  /** The config file in use, if any. */
  readonly configFile?: string;
}

/** How etcd on this node resolves its settings, or the verdict to give when its config file was not collected. */
export function etcdSettings(v: ComponentView): EtcdSettings | Verdict {
  const cf = flagSetting(v, 'config-file', { env: etcdEnvName('config-file') });
  if (cf.value === undefined || cf.value === '') {
    return { get: (flag) => flagSetting(v, flag, { env: etcdEnvName(flag), default: ETCD_DEFAULTS[flag] }) };
  }
  const found = configDocFor(v, cf, 'etcd configuration file');
  if (isVerdict(found)) return found;
  const path = cf.value;
  return { configFile: path, get: (flag) => fromConfig(found.doc, path, flag) };
}

function fromConfig(doc: Resource, path: string, flag: string): Setting {
  const keys = CONFIG_PATH[flag] ?? [flag];
  const field = Field.of(doc, ...keys);
  const configField = keys.join('.');
  const { exact: _exact, ...loc } = field.loc;
  if (field.exists && (typeof field.value === 'string' || typeof field.value === 'boolean' || typeof field.value === 'number')) {
    return { name: flag, value: String(field.value), source: 'config file', loc, configFile: path, configField };
  }
  const d = ETCD_DEFAULTS[flag];
  // Fields absent from the file take etcd's built-in defaults; flags and environment are ignored with a config file.
  if (d !== undefined) return { name: flag, value: d, source: 'default', loc, configFile: path, configField };
  return { name: flag, source: 'unset', loc, configFile: path, configField };
}

/** `evaluate` for an etcd rule: the etcd component on the node, with its settings resolved (or the config-file error). */
export function onEtcd(check: (e: EtcdSettings, v: ComponentView, ctx: RuleContext) => Verdict): (node: NodeFacts, ctx: RuleContext) => Verdict {
  return onComponent('etcd', (v, ctx) => {
    const e = etcdSettings(v);
    return isVerdict(e) ? e : check(e, v, ctx);
  });
}

/** Listen URLs must all use TLS (`https://`, or a unix socket); plain `http://` serves clients without encryption. */
export function checkTlsUrls(s: Setting): Verdict | undefined {
  const urls = (s.value ?? '').split(',').map((u) => u.trim()).filter(Boolean);
  const plain = urls.filter((u) => /^http:\/\//i.test(u));
  if (plain.length === 0) return undefined;
  return fail(s.loc, `${describeSetting(s)}, which serves ${plain.map((u) => `"${u}"`).join(', ')} without TLS`);
}
