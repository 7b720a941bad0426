// Where the files that sections 1.1 and 4.1 look at live on a node: named by the effective configuration when it
// names them, else kubeadm's defaults (and the target says so).
import * as path from 'node:path';
import type { ComponentName, FileStat, NodeFacts } from '../model/types.js';
import { isObject } from '../model/parse.js';
import type { FileTarget } from './file-mode.js';
import { KUBELET_SETTINGS, kubeletSetting, minorOf } from './kubelet.js';
import { flagValue } from './flags.js';

export const KUBEADM = {
  staticPodPath: '/etc/kubernetes/manifests',
  pki: '/etc/kubernetes/pki',
  adminConf: '/etc/kubernetes/admin.conf',
  superAdminConf: '/etc/kubernetes/super-admin.conf',
  schedulerConf: '/etc/kubernetes/scheduler.conf',
  controllerManagerConf: '/etc/kubernetes/controller-manager.conf',
  kubeletConf: '/etc/kubernetes/kubelet.conf',
  kubeletConfig: '/var/lib/kubelet/config.yaml',
  etcdDataDir: '/var/lib/etcd',
  cniConfDir: '/etc/cni/net.d',
  cniNetworks: '/var/lib/cni/networks',
  proxyKubeconfig: '/etc/kubernetes/proxy.conf',
} as const;

/** File names kubeadm gives the static pod manifests. */
const MANIFEST_FILES: Readonly<Partial<Record<ComponentName, string>>> = {
  apiserver: 'kube-apiserver.yaml',
  controllermanager: 'kube-controller-manager.yaml',
  scheduler: 'kube-scheduler.yaml',
  etcd: 'etcd.yaml',
};

const COMPONENT_TITLES: Readonly<Record<ComponentName, string>> = {
  apiserver: 'the API server',
  controllermanager: 'the controller manager',
  scheduler: 'the scheduler',
  etcd: 'etcd',
  kubelet: 'the kubelet',
  proxy: 'kube-proxy',
};

export function componentTitle(c: ComponentName): string {
  return COMPONENT_TITLES[c];
}

function absolute(p: string | undefined): string | undefined {
  return p && p.startsWith('/') ? path.posix.normalize(p) : undefined;
}

/** The kubelet's static pod folder: --pod-manifest-path or staticPodPath, else kubeadm's. */
export function staticPodDir(node: NodeFacts, fallbackMinor?: number): FileTarget {
  const s = kubeletSetting(node, KUBELET_SETTINGS.staticPodPath, fallbackMinor);
  const p = absolute(typeof s.value === 'string' ? s.value : undefined);
  if (p && (s.source === 'flag' || s.source === 'config-file' || s.source === 'configz')) return { path: p, how: `static pod folder set by ${s.where}` };
  return { path: KUBEADM.staticPodPath, how: "static pod folder kubeadm uses, as the kubelet names none", fallback: true };
}

/** The static pod manifest of a control plane component: the one it was read from, else kubeadm's file name. */
export function manifestTarget(node: NodeFacts, component: ComponentName, fallbackMinor?: number): FileTarget {
  const dir = staticPodDir(node, fallbackMinor);
  const manifest = node.components[component]?.manifest;
  const base = manifest ? manifest.file.slice(manifest.file.lastIndexOf('/') + 1) : MANIFEST_FILES[component] ?? `${component}.yaml`;
  return { path: path.posix.join(dir.path, base), how: manifest ? `in the ${dir.how}` : `kubeadm's file name in the ${dir.how}`, fallback: !manifest || dir.fallback };
}

/** A path named by a component flag, else a default. */
export function flagPathTarget(node: NodeFacts, component: ComponentName, flag: string, fallback: string): FileTarget {
  const c = node.components[component];
  const v = c ? flagValue(c, flag) : undefined;
  const p = absolute(v?.value);
  if (p) return { path: p, how: `named by --${flag} of ${componentTitle(component)}` };
  return { path: fallback, how: `kubeadm's default, as ${componentTitle(component)} has no --${flag}`, fallback: true };
}

/**
 * etcd's data folder. etcd started with --config-file ignores its other flags and environment, so that file's
 * data-dir decides; else --data-dir, else ETCD_DATA_DIR, else kubeadm's /var/lib/etcd.
 */
export function etcdDataDir(node: NodeFacts): FileTarget {
  const etcd = node.components.etcd;
  const configPath = absolute(etcd ? flagValue(etcd, 'config-file')?.value : undefined);
  if (configPath) {
    const doc = node.configFiles.get(configPath)?.doc;
    if (!doc) {
      return {
        path: KUBEADM.etcdDataDir,
        how: `etcd reads its data folder from "${configPath}"`,
        unknown: `etcd is started with --config-file "${configPath}", which was not collected, and ignores --data-dir then: check the folder named by data-dir there`,
      };
    }
    const p = absolute(typeof doc.obj['data-dir'] === 'string' ? (doc.obj['data-dir'] as string) : undefined);
    if (p) return { path: p, how: `named by data-dir in etcd's config file "${configPath}"` };
    return {
      path: KUBEADM.etcdDataDir,
      how: `etcd's config file "${configPath}" names no absolute data-dir`,
      unknown: `etcd's config file "${configPath}" sets no absolute data-dir, so the folder depends on etcd's working directory: check it on the node`,
    };
  }
  const flag = etcd ? flagValue(etcd, 'data-dir') : undefined;
  const p = absolute(flag?.value);
  if (p) return { path: p, how: 'named by --data-dir of etcd' };
  const env = absolute(etcd?.env?.ETCD_DATA_DIR?.value);
  if (env) return { path: env, how: 'named by ETCD_DATA_DIR in etcd\'s environment' };
  return { path: KUBEADM.etcdDataDir, how: "kubeadm's etcd data folder, as etcd has no --data-dir", fallback: true };
}

/** The PKI folder: the folder of the API server's client CA (kubeadm's certificatesDir), else kubeadm's default. */
export function pkiDir(node: NodeFacts): FileTarget {
  const api = node.components.apiserver;
  for (const flag of ['client-ca-file', 'tls-cert-file']) {
    const p = absolute(api ? flagValue(api, flag)?.value : undefined);
    if (p) return { path: path.posix.dirname(p), how: `the folder of the API server's --${flag}` };
  }
  return { path: KUBEADM.pki, how: "kubeadm's certificate folder, as the API server names none", fallback: true };
}

/** The kubelet's kubeconfig: --kubeconfig, else kubeadm's default. */
export function kubeletKubeconfig(node: NodeFacts, fallbackMinor?: number): FileTarget {
  const s = kubeletSetting(node, KUBELET_SETTINGS.kubeconfig, fallbackMinor);
  const p = s.source === 'flag' ? absolute(typeof s.value === 'string' ? s.value : undefined) : undefined;
  if (p) return { path: p, how: "named by the kubelet's --kubeconfig" };
  return { path: KUBEADM.kubeletConf, how: "kubeadm's default, as the kubelet has no --kubeconfig", fallback: true };
}

/**
 * The kubeconfig of a component that takes a config file (kube-proxy, kube-scheduler): when --config is given the
 * component ignores --kubeconfig and reads clientConnection.kubeconfig from that file; else --kubeconfig, else
 * kubeadm's default.
 */
export function configKubeconfig(node: NodeFacts, component: 'proxy' | 'scheduler', fallback: string): FileTarget {
  const c = node.components[component];
  const configPath = absolute(c ? flagValue(c, 'config')?.value : undefined);
  if (configPath) {
    const doc = node.configFiles.get(configPath)?.doc;
    const cc = doc && isObject(doc.obj.clientConnection) ? doc.obj.clientConnection : undefined;
    const k = typeof cc?.kubeconfig === 'string' && cc.kubeconfig !== '' ? cc.kubeconfig : undefined;
    if (k) {
      const p = k.startsWith('/') ? k : path.posix.join(path.posix.dirname(configPath), k);
      return { path: path.posix.normalize(p), how: `named by clientConnection.kubeconfig in "${configPath}"` };
    }
    if (!doc) {
      return {
        path: fallback,
        how: `${componentTitle(component)} reads its kubeconfig from "${configPath}"`,
        unknown: `${componentTitle(component)} is started with --config "${configPath}", which was not collected, and it ignores --kubeconfig then: check the file named by clientConnection.kubeconfig there`,
      };
    }
  }
  return flagPathTarget(node, component, 'kubeconfig', fallback);
}

/** kube-proxy's kubeconfig (see configKubeconfig). */
export function proxyKubeconfig(node: NodeFacts): FileTarget {
  return configKubeconfig(node, 'proxy', KUBEADM.proxyKubeconfig);
}

/** kube-scheduler's kubeconfig (see configKubeconfig). */
export function schedulerKubeconfig(node: NodeFacts): FileTarget {
  return configKubeconfig(node, 'scheduler', KUBEADM.schedulerConf);
}

/** Places where systemd reads the kubelet's unit file and drop-ins. */
const UNIT_RE = /^\/(etc|run|usr\/lib|lib)\/systemd\/system\/kubelet\.service(\.d\/[^/]+\.conf)?$/;

/** Every collected, existing kubelet unit file and drop-in (kubeadm's 10-kubeadm.conf among them). */
export function kubeletServiceFiles(node: NodeFacts): { files: FileStat[]; recorded: FileStat[] } {
  const recorded = [...node.files.values()].filter((st) => UNIT_RE.test(st.path)).sort((a, b) => (a.path < b.path ? -1 : 1));
  // /lib is often a link to /usr/lib: the same file seen through two folders counts once (by its real path).
  const seen = new Set<string>();
  const files = recorded.filter((st) => {
    if (!st.exists) return false;
    const real = st.realpath ?? st.path;
    if (seen.has(real)) return false;
    seen.add(real);
    return true;
  });
  return { files, recorded };
}

/** The CNI config folder: the kubelet's --cni-conf-dir before v1.24, the container runtime's (default /etc/cni/net.d) since. */
export function cniConfDir(node: NodeFacts, fallbackMinor?: number): FileTarget {
  const minor = minorOf(node.kubernetesVersion) ?? fallbackMinor;
  if (minor !== undefined && minor < 24) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.cniConfDir, fallbackMinor);
    const p = absolute(typeof s.value === 'string' ? s.value : undefined) ?? KUBEADM.cniConfDir;
    return { path: p, how: s.source === 'flag' ? "named by the kubelet's --cni-conf-dir" : "the kubelet's default --cni-conf-dir", fallback: s.source !== 'flag' };
  }
  return { path: KUBEADM.cniConfDir, how: 'the container runtime\'s default CNI folder (the kubelet has no --cni-conf-dir since v1.24)', fallback: true };
}
