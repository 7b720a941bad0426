// kube-proxy's effective settings. Unlike the kubelet, kube-proxy ignores most command-line flags when --config is
// given (their help says so), so the config file decides; a kube-proxy run as a DaemonSet reads that file from the
// kube-system/kube-proxy ConfigMap, which the cluster bundle carries when the file itself is not on the host.
import { isObject, parseText } from '../model/parse.js';
import type { Loc, NodeFacts, Resource } from '../model/types.js';
import { Field } from './field.js';
import { flagValue } from './flags.js';
import type { SnapshotIndex } from './snapshot-index.js';

export interface ProxySetting {
  readonly value?: string;
  readonly source: 'flag' | 'config-file' | 'configmap' | 'default' | 'not-collected';
  readonly loc?: Loc;
  /** Phrase to follow "from". */
  readonly where: string;
  readonly note?: string;
  readonly missing?: string;
}

function stripExact(l: Loc & { exact?: boolean }): Loc {
  const { exact: _e, ...loc } = l;
  return loc;
}

/** The KubeProxyConfiguration inside the kube-system/kube-proxy ConfigMap (kubeadm's key is config.conf). */
export function proxyConfigMap(index: SnapshotIndex | undefined): { config: Record<string, unknown>; cm: Resource; key: string } | undefined {
  const cm = index?.get('ConfigMap', 'kube-system', 'kube-proxy');
  const data = cm && isObject(cm.obj.data) ? cm.obj.data : undefined;
  if (!cm || !data) return undefined;
  for (const key of Object.keys(data).sort()) {
    const text = data[key];
    if (typeof text !== 'string' || !/kind:\s*KubeProxyConfiguration|"kind":\s*"KubeProxyConfiguration"/.test(text)) continue;
    const parsed = parseText(text, `${cm.file}#data.${key}`);
    const doc = parsed.resources.find((r) => r.kind === 'KubeProxyConfiguration');
    if (doc) return { config: doc.obj as Record<string, unknown>, cm, key };
  }
  return undefined;
}

/** kube-proxy's default metrics address: loopback of the family of its bindAddress, port 10249. */
function defaultMetrics(config: Record<string, unknown> | undefined): string {
  const bind = typeof config?.bindAddress === 'string' ? config.bindAddress : '';
  return bind.includes(':') ? '[::1]:10249' : '127.0.0.1:10249';
}

function fromConfig(config: Record<string, unknown>, field: () => Loc, whole: Loc, where: string, source: 'config-file' | 'configmap', note?: string): ProxySetting {
  const v = config.metricsBindAddress;
  if (typeof v === 'string' && v !== '') return { value: v, source, loc: field(), where: `metricsBindAddress in ${where}`, ...(note ? { note } : {}) };
  const why = v === '' ? 'leaves metricsBindAddress empty' : 'does not set metricsBindAddress';
  return { value: defaultMetrics(config), source: 'default', loc: v === '' ? field() : whole, where: `kube-proxy's default, as ${where} ${why}`, ...(note ? { note } : {}) };
}

/** Effective metrics bind address of kube-proxy on a node. */
export function proxyMetricsBindAddress(node: NodeFacts, index?: SnapshotIndex): ProxySetting {
  const proxy = node.components.proxy;
  const fromCluster = (note?: string): ProxySetting | undefined => {
    const found = proxyConfigMap(index);
    if (!found) return undefined;
    const field = Field.of(found.cm, 'data', found.key);
    const loc = stripExact(field.loc);
    return fromConfig(found.config, () => loc, loc, `the kube-system/kube-proxy ConfigMap (key "${found.key}")`, 'configmap', note);
  };
  if (!proxy) {
    // A node bundle without a kube-proxy process means kube-proxy does not run there; only API-known nodes use the ConfigMap.
    const cluster = node.evidence === 'api' ? fromCluster() : undefined;
    return cluster ?? { source: 'not-collected', where: 'nowhere', missing: `kube-proxy's command line and configuration for node "${node.name}"` };
  }
  const flag = flagValue(proxy, 'metrics-bind-address');
  const config = flagValue(proxy, 'config');
  if (config?.value) {
    const ignored = flag ? `--metrics-bind-address is ignored because --config is given` : undefined;
    const doc = node.configFiles.get(config.value)?.doc;
    if (doc) {
      return fromConfig(doc.obj as Record<string, unknown>, () => stripExact(doc.locate(['metricsBindAddress'])), doc.loc, `"${config.value}"`, 'config-file', ignored);
    }
    return (
      fromCluster(ignored) ?? { source: 'not-collected', where: 'nowhere', missing: `kube-proxy config file "${config.value}" named by --config (and the kube-proxy ConfigMap)` }
    );
  }
  if (flag) return { value: flag.value, source: 'flag', loc: flag.loc, where: 'the --metrics-bind-address flag' };
  const first = proxy.flags[0]?.loc;
  return {
    value: defaultMetrics(undefined),
    source: 'default',
    ...(first ? { loc: { file: first.file, line: 1, column: 1 } } : {}),
    where: "kube-proxy's default, as it runs without --config and without --metrics-bind-address",
  };
}

/** Whether a bind address ("host:port", "[v6]:port", a bare host) is loopback only. */
export function isLoopbackAddress(address: string): boolean {
  let host = address.trim();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(host);
  if (bracket) host = bracket[1];
  else if ((host.match(/:/g) ?? []).length === 1) host = host.slice(0, host.indexOf(':'));
  host = host.toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}
