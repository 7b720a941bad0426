// File modes and owners on OpenShift nodes. The control plane runs from static pods whose files the operators
// write per revision under /etc/kubernetes/static-pod-resources/<component>-pod-<revision>/ (mounted in the pod at
// /etc/kubernetes/static-pod-resources) and <component>-certs/ (mounted at /etc/kubernetes/static-pod-certs); the
// kubelet starts them from /etc/kubernetes/manifests/<component>-pod.yaml. The benchmark names the paths as the pod
// sees them; on the host every revision kept on disk is judged.
import type { FileStat, NodeFacts, Resource } from '../model/types.js';
import { error, fail, manual, notApplicable, pass } from './define.js';
import { Field } from './field.js';
import { apiOnlyVerdict, checkFileSet, ownerMatches, ownerText, statOf, statsUnder, type ModeOwner } from './file-mode.js';
import type { RuleContext, Verdict } from './types.js';
import { containersOf, podSpecOf } from './workload.js';

export const STATIC_POD_RESOURCES = '/etc/kubernetes/static-pod-resources';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function sortByPath(a: FileStat, b: FileStat): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** A file of a component's static pod: in every revision folder, plus the live manifest. */
export interface RevisionFile {
  /** Revision folder prefix, e.g. `kube-apiserver-pod` for kube-apiserver-pod-<N>. */
  readonly prefix: string;
  /** Path inside the revision folder, e.g. `kube-apiserver-pod.yaml`. */
  readonly rel: string;
  /** Host paths judged as well, e.g. the manifest the kubelet runs. */
  readonly extra?: readonly string[];
  /** Subject for messages: `the kube-apiserver pod specification`. */
  readonly what: string;
}

/** Whether the node bundle recorded the static pod resources folder at all (the collector lists it when it looks). */
function sprRecorded(node: NodeFacts): FileStat | undefined {
  return node.files.get(STATIC_POD_RESOURCES);
}

const MISSING_SPR = `the stats of "${STATIC_POD_RESOURCES}" are missing from the bundle (collect OpenShift's static pod resources, or run "oc debug node/<node> -- chroot /host stat -c '%a %U:%G %n'" on the files)`;

/** Judge every revision's copy of a file (and the extra paths) against `want`. */
export function checkRevisionFile(node: NodeFacts, spec: RevisionFile, want: ModeOwner): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const root = sprRecorded(node);
  if (!root) return error(MISSING_SPR);
  const re = new RegExp(`^${escape(STATIC_POD_RESOURCES)}/${escape(spec.prefix)}-\\d+/${escape(spec.rel)}$`);
  const picked: FileStat[] = [...node.files.values()].filter((st) => re.test(st.path));
  for (const p of spec.extra ?? []) {
    const st = node.files.get(p);
    if (st) picked.push(st);
  }
  const existing = picked.map((st) => statOf(node, st.path)!).filter((st) => st.exists && st.type !== 'link').sort(sortByPath);
  const where = `${STATIC_POD_RESOURCES}/${spec.prefix}-<revision>/${spec.rel}${spec.extra?.length ? ` and ${spec.extra.join(', ')}` : ''}`;
  if (existing.length === 0) {
    return notApplicable(`no copy of ${spec.what} (${where}) exists on node "${node.name}"`, root.loc);
  }
  return checkFileSet(node, existing, want, { what: `copies of ${spec.what}`, how: where });
}

/** Every file (and, with `dirs`, folder) under a `secrets` folder of the static pod resources. */
export function checkStaticPodSecrets(node: NodeFacts, want: ModeOwner, pick: (st: FileStat) => boolean, what: string): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const root = sprRecorded(node);
  if (!root) return error(MISSING_SPR);
  const re = new RegExp(`^${escape(STATIC_POD_RESOURCES)}/[^/]+/secrets(/|$)`);
  const picked = statsUnder(node, STATIC_POD_RESOURCES).filter((st) => re.test(st.path) && st.exists && pick(st));
  if (picked.length === 0) return notApplicable(`no ${what} under "${STATIC_POD_RESOURCES}/*/secrets" on node "${node.name}"`, root.loc);
  return checkFileSet(node, picked, want, { what, how: `under "${STATIC_POD_RESOURCES}/*/secrets", mounted in the pods as /etc/kubernetes/static-pod-certs/secrets and /etc/kubernetes/static-pod-resources/secrets` });
}

/** A CNI folder the benchmark names; `alternatives` are the same folder through the /var/run -> /run link. */
interface CniDir {
  readonly paths: readonly string[];
  /** Present on every OpenShift 4 node (Multus); the others depend on the network plugin. */
  readonly required: boolean;
  /** Open vSwitch keeps its files as the openvswitch user. */
  readonly ovs?: boolean;
}

const CNI_DIRS: readonly CniDir[] = [
  { paths: ['/etc/cni/net.d'], required: true },
  { paths: ['/etc/kubernetes/cni/net.d'], required: false },
  { paths: ['/var/run/multus/cni/net.d', '/run/multus/cni/net.d'], required: true },
  { paths: ['/var/lib/cni/networks/openshift-sdn'], required: false },
  { paths: ['/var/run/openshift-sdn', '/run/openshift-sdn'], required: false },
  { paths: ['/var/run/openvswitch', '/run/openvswitch'], required: false, ovs: true },
  { paths: ['/etc/openvswitch'], required: false, ovs: true },
];

/**
 * 1.1.9 / 1.1.10: files under the CNI configuration folders (Multus), OpenShift SDN's state folders and Open
 * vSwitch's folders. With `owner`, files and folders under the Open vSwitch folders may also belong to
 * openvswitch:openvswitch, which the benchmark's own audit accepts.
 */
export function checkOcpCni(node: NodeFacts, want: ModeOwner): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const files: { st: FileStat; ovs: boolean }[] = [];
  const looked: string[] = [];
  for (const dir of CNI_DIRS) {
    const recorded = dir.paths.map((p) => node.files.get(p)).find((st) => st !== undefined);
    if (!recorded) {
      if (dir.required) return error(`the stats of CNI folder "${dir.paths[0]}" are missing from the bundle`);
      continue;
    }
    if (!recorded.exists) continue;
    looked.push(`"${recorded.path}"`);
    for (const st of statsUnder(node, recorded.path)) {
      const real = statOf(node, st.path)!;
      if (!real.exists || real.type === 'link') continue;
      if (want.mode !== undefined && real.type !== 'file') continue; // folders need their x bit
      files.push({ st: real, ovs: dir.ovs === true });
    }
  }
  const how = `under ${looked.join(', ') || 'the CNI folders'}`;
  if (files.length === 0) return notApplicable(`no CNI files ${how} on node "${node.name}"`);
  if (!want.owner) return checkFileSet(node, files.map((f) => f.st), want, { what: 'CNI files', how });
  const bad: string[] = [];
  let first: FileStat | undefined;
  let unknown: FileStat | undefined;
  for (const { st, ovs } of files) {
    const root = ownerMatches(st, want.owner);
    const alt = ovs ? ownerMatches(st, { user: 'openvswitch', group: 'openvswitch' }) : false;
    if (root === true || alt === true) continue;
    if (root === undefined || alt === undefined) {
      unknown ??= st;
      continue;
    }
    first ??= st;
    bad.push(`"${st.path}" is owned by ${ownerText(st)}`);
  }
  if (first) {
    const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
    return fail(first.loc, `${bad.length} of ${files.length} CNI files and folders are not owned by root:root${files.some((f) => f.ovs) ? ' (or openvswitch:openvswitch under the Open vSwitch folders)' : ''}: ${bad.slice(0, 3).join('; ')}${more}`);
  }
  if (unknown) return manual(`the owner of "${unknown.path}" is uid ${unknown.uid ?? '?'} gid ${unknown.gid ?? '?'} and the node's account names were not collected`, unknown.loc);
  return pass(files[0].st.loc, `all ${files.length} CNI files and folders have the expected owner (${how})`);
}

/** kube-proxy's config file on OpenShift: a ConfigMap volume mounted at /config in a network DaemonSet's pods. */
export interface ProxyConfigMount {
  readonly daemonSet: Resource;
  /** The ConfigMap volume's source (spec.template.spec.volumes[i].configMap). */
  readonly source: Field;
  /** The mode the file gets: items[].mode for the key, else defaultMode, else Kubernetes' 0644. */
  readonly mode: number;
  /** The field that decided the mode, or the volume source when the default applies. */
  readonly modeField: Field;
  /** The pod's fsGroup, which becomes the group owner of the volume's files. */
  readonly fsGroup: Field;
}

/** Namespaces where OpenShift runs kube-proxy: inside OpenShift SDN's pods, or standalone. */
const PROXY_NAMESPACES = ['openshift-sdn', 'openshift-kube-proxy'];
const PROXY_CONFIG_KEY = 'kube-proxy-config.yaml';

/** Every DaemonSet of the network plugin that mounts kube-proxy's config at /config. */
export function proxyConfigMounts(ctx: RuleContext): ProxyConfigMount[] {
  const out: ProxyConfigMount[] = [];
  for (const ds of ctx.index.byKind('DaemonSet')) {
    if (!PROXY_NAMESPACES.includes(ds.namespace ?? '')) continue;
    const spec = podSpecOf(ds);
    const volumes = spec.get('volumes').items();
    for (const c of containersOf(ds)) {
      const mount = c.field.get('volumeMounts').items().find((m) => (m.get('mountPath').str() ?? '').replace(/\/+$/, '') === '/config');
      const vol = mount ? volumes.find((v) => v.get('name').value === mount.get('name').value) : undefined;
      const source = vol?.get('configMap');
      if (!source?.exists) continue;
      const item = source.get('items').items().find((i) => i.get('path').value === PROXY_CONFIG_KEY || i.get('key').value === PROXY_CONFIG_KEY);
      const itemMode = item?.get('mode');
      const dflt = source.get('defaultMode');
      const modeField = typeof itemMode?.value === 'number' ? itemMode : typeof dflt.value === 'number' ? dflt : source;
      const mode = typeof modeField.value === 'number' ? modeField.value : 0o644;
      out.push({ daemonSet: ds, source, mode, modeField, fsGroup: spec.get('securityContext', 'fsGroup') });
      break;
    }
  }
  return out;
}

/** With no kube-proxy DaemonSet in the input: not applicable under OVN-Kubernetes (which has no kube-proxy), else manual. */
export function noProxyVerdict(ctx: RuleContext): Verdict {
  const network = ctx.index.byKind('Network').find((r) => r.name === 'cluster' && r.apiVersion.startsWith('config.openshift.io/'));
  const type = network ? Field.of(network, 'status', 'networkType').str() ?? Field.of(network, 'spec', 'networkType').str() : undefined;
  if (type === 'OVNKubernetes') return notApplicable('the cluster network is OVN-Kubernetes, which runs no kube-proxy and has no kube-proxy config file', network!.loc);
  return manual(`no DaemonSet in ${PROXY_NAMESPACES.join(' or ')} mounts kube-proxy's config at /config in the input${type ? ` (network type "${type}")` : ''}: check with "oc get daemonset -n openshift-sdn -o yaml"`);
}
