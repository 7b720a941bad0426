// The file checks of sections 1.1 and 4.1 that need more than one path: CNI folders, the PKI tree, kubelet unit files,
// kube-proxy's kubeconfig, the kubelet's client CA and config file. Rules stay one call each.
import type { ComponentName, FileStat, NodeFacts } from '../model/types.js';
import { error, manual, notApplicable } from './define.js';
import { apiOnlyVerdict, checkFile, checkFileSet, statsUnder, type FileExpectation, type FileTarget, type ModeOwner } from './file-mode.js';
import { flagValue } from './flags.js';
import { KUBELET_SETTINGS, kubeletConfigPath, kubeletSetting, notCollectedMessage } from './kubelet.js';
import { cniConfDir, componentTitle, KUBEADM, kubeletServiceFiles, pkiDir, proxyKubeconfig } from './node-paths.js';
import type { Verdict } from './types.js';

type Want = ModeOwner;

/** A path named by the node's configuration must exist; a default path that is absent means there is nothing to check. */
export function missingPolicy(target: FileTarget): FileExpectation['ifMissing'] {
  return target.fallback ? 'not-applicable' : 'error';
}

/** Run `check` only when the component runs on the node (a file of a component that is not there is not applicable). */
export function withComponent(node: NodeFacts, component: ComponentName, check: () => Verdict): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  if (!node.components[component]) return notApplicable(`${componentTitle(component)} does not run on node "${node.name}"`);
  return check();
}

/** Run `check` when the kubelet's command line is known. */
export function withKubelet(node: NodeFacts, check: () => Verdict): Verdict {
  return withComponent(node, 'kubelet', check);
}

/** Every stat under one or more folders, with what to say when a folder was not collected or does not exist. */
function treeCheck(node: NodeFacts, dirs: readonly FileTarget[], pick: (st: FileStat) => boolean, want: Want, what: string): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const picked: FileStat[] = [];
  const present: FileTarget[] = [];
  for (const dir of dirs) {
    const root = node.files.get(dir.path);
    if (!root) return error(`the stat of folder "${dir.path}" (${dir.how}) is missing from the bundle`);
    if (!root.exists) continue;
    present.push(dir);
    picked.push(...statsUnder(node, dir.path).filter(pick));
  }
  const how = dirs.map((d) => `"${d.path}": ${d.how}`).join('; ');
  if (present.length === 0) return notApplicable(`${dirs.map((d) => `"${d.path}"`).join(' and ')} ${dirs.length > 1 ? 'do' : 'does'} not exist on the node (${how})`, node.files.get(dirs[0].path)?.loc);
  if (picked.length === 0) return notApplicable(`no ${what} under ${present.map((d) => `"${d.path}"`).join(' and ')}`, node.files.get(present[0].path)?.loc);
  return checkFileSet(node, picked, want, { what, how });
}

/** 1.1.9 / 1.1.10: files under the CNI configuration folder and the CNI IPAM state folder. */
export function checkCniFiles(node: NodeFacts, fallbackMinor: number | undefined, want: Want, kinds: 'files' | 'entries'): Verdict {
  const dirs: FileTarget[] = [cniConfDir(node, fallbackMinor), { path: KUBEADM.cniNetworks, how: "the CNI plugins' IPAM state folder" }];
  // Folders need their x bit, so a mode limit applies to files; ownership applies to folders as well.
  const pick = kinds === 'files' ? (st: FileStat) => st.type === 'file' : (st: FileStat) => st.exists;
  return treeCheck(node, dirs, pick, want, kinds === 'files' ? 'CNI files' : 'CNI files and folders');
}

/** 1.1.19 - 1.1.21: the PKI folder tree, or some of its files. */
export function checkPkiFiles(node: NodeFacts, want: Want, pick: (st: FileStat) => boolean, what: string): Verdict {
  return treeCheck(node, [pkiDir(node)], (st) => st.exists && pick(st), want, `PKI ${what}`);
}

/** 4.1.1 / 4.1.2: the kubelet's systemd unit file and drop-ins wherever systemd reads them. */
export function checkKubeletUnits(node: NodeFacts, want: Want): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const { files, recorded } = kubeletServiceFiles(node);
  if (recorded.length === 0) return error('the stats of the kubelet\'s systemd unit files are missing from the bundle');
  if (files.length === 0) {
    return notApplicable('no kubelet systemd unit file or drop-in exists on the node (the kubelet is not run by systemd from the usual folders)', recorded[0].loc);
  }
  return checkFileSet(node, files, want, { what: 'kubelet unit files', how: 'every kubelet.service and kubelet.service.d/*.conf under the systemd folders' });
}

/** 4.1.3 / 4.1.4: kube-proxy's kubeconfig, if it has one on the host. */
export function checkProxyKubeconfig(node: NodeFacts, want: Want): Verdict {
  return withComponent(node, 'proxy', () => {
    const proxy = node.components.proxy!;
    const configPath = flagValue(proxy, 'config')?.value;
    if (configPath && !node.configFiles.get(configPath)?.doc) {
      return manual(`kube-proxy reads its kubeconfig through config file "${configPath}", which is not on the host (a DaemonSet's ConfigMap mount); check the mode of that mount instead`, flagValue(proxy, 'config')?.loc);
    }
    const target = proxyKubeconfig(node);
    return checkFile(node, target, { ...want, ifMissing: 'not-applicable', what: "kube-proxy's kubeconfig" });
  });
}

/** 4.1.7 / 4.1.8: the client CA file the effective kubelet configuration names. */
export function checkKubeletClientCA(node: NodeFacts, fallbackMinor: number | undefined, want: Want): Verdict {
  return withKubelet(node, () => {
    const s = kubeletSetting(node, KUBELET_SETTINGS.clientCAFile, fallbackMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (typeof s.value !== 'string' || s.value === '') {
      return notApplicable(`the kubelet names no client CA file (from ${s.where}), so there is no file to check (see 4.2.3)`, s.loc);
    }
    return checkFile(node, { path: s.value, how: `named by ${s.where}` }, { ...want, ifMissing: 'error', what: "the kubelet's client CA file" });
  });
}

/** 4.1.9 / 4.1.10: the kubelet's config file, when it uses one. */
export function checkKubeletConfigFile(node: NodeFacts, want: Want): Verdict {
  return withKubelet(node, () => {
    const p = kubeletConfigPath(node);
    if (!p) return notApplicable('the kubelet runs without a config file (no --config)');
    return checkFile(node, { path: p, how: "named by the kubelet's --config" }, { ...want, ifMissing: 'error', what: "the kubelet's config file" });
  });
}
