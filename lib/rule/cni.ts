// Recognising the cluster's CNI (and NetworkPolicy engines) from the DaemonSets and Deployments that run it.
import type { Resource } from '../model/types.js';
import { memoWeak } from '../memo.js';
import type { Field } from './field.js';
import type { SnapshotIndex } from './snapshot-index.js';
import { containersOf, type ContainerView } from './workload.js';

export type Enforcement = 'yes' | 'no' | 'unknown';

export interface CniFinding {
  /** Product name for messages, e.g. `Calico`. */
  readonly product: string;
  readonly enforces: Enforcement;
  /** Short factual reason, for messages. */
  readonly reason: string;
  readonly resource: Resource;
  /** The field that decided it (an image, an argument), else the object. */
  readonly at: Field | Resource['loc'];
}

interface Judgement {
  readonly enforces: Enforcement;
  readonly reason: string;
  readonly at?: Field;
}

interface Detector {
  readonly product: string;
  readonly kinds: readonly string[];
  /** Object names that identify the product. */
  readonly names: readonly string[];
  /** Image repository paths (registry stripped) that identify it: exact or as the last path segments. */
  readonly images: readonly string[];
  /** Only in this namespace (for generic names). */
  readonly namespace?: string;
  judge(r: Resource, containers: readonly ContainerView[]): Judgement;
}

const yes = (reason: string): Detector['judge'] => () => ({ enforces: 'yes', reason });
const no = (reason: string): Detector['judge'] => () => ({ enforces: 'no', reason });

/** Repository path of an image reference without registry host, tag or digest: `calico/node`. */
export function imagePath(image: string): string {
  const noDigest = image.split('@')[0];
  const parts = noDigest.split('/');
  const last = parts[parts.length - 1].split(':')[0];
  parts[parts.length - 1] = last;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === 'localhost')) parts.shift();
  return parts.join('/').toLowerCase();
}

/** Tag of an image reference (`v3.27.0`), if any. */
export function imageTag(image: string): string | undefined {
  const noDigest = image.split('@')[0];
  const last = noDigest.split('/').pop() ?? '';
  const i = last.indexOf(':');
  return i >= 0 ? last.slice(i + 1) : undefined;
}

/** The effective value of a `--name=value` / `--name value` / `--name` argument in a container's command and args (last wins). */
export function containerArg(c: ContainerView, name: string): { value: string; at: Field } | undefined {
  let found: { value: string; at: Field } | undefined;
  const items = [...c.field.get('command').items(), ...c.field.get('args').items()];
  items.forEach((f, i) => {
    const s = f.str();
    if (s === undefined) return;
    if (s === `--${name}`) {
      const next = items[i + 1]?.str();
      found = { value: next !== undefined && !next.startsWith('-') ? next : 'true', at: f };
    } else if (s.startsWith(`--${name}=`)) {
      found = { value: s.slice(name.length + 3), at: f };
    }
  });
  return found;
}

/** Whether an image's repository path is `want` or ends with `/want`. */
function imageIs(image: string | undefined, want: string): boolean {
  return image !== undefined && pathIs(imagePath(image), want);
}

/** An image path (see imagePath) is `want`, or ends with it after a registry or organisation prefix. */
function pathIs(path: string, want: string): boolean {
  return path === want || path.endsWith(`/${want}`);
}

function containerWithImage(containers: readonly ContainerView[], path: string): ContainerView | undefined {
  return containers.find((c) => imageIs(c.field.get('image').str(), path));
}

const DETECTORS: readonly Detector[] = [
  { product: 'Calico', kinds: ['DaemonSet'], names: ['calico-node'], images: ['calico/node', 'tigera/cnx-node'], judge: yes('Calico enforces NetworkPolicy') },
  { product: 'Calico', kinds: ['Deployment'], names: ['calico-kube-controllers', 'tigera-operator'], images: ['calico/kube-controllers', 'tigera/operator'], judge: yes('Calico enforces NetworkPolicy') },
  { product: 'Canal', kinds: ['DaemonSet'], names: ['canal'], images: [], judge: yes('Canal enforces NetworkPolicy with Calico on top of flannel') },
  { product: 'Cilium', kinds: ['DaemonSet'], names: ['cilium'], images: ['cilium/cilium'], judge: yes('Cilium enforces NetworkPolicy') },
  { product: 'Cilium', kinds: ['Deployment'], names: ['cilium-operator'], images: ['cilium/operator', 'cilium/operator-generic'], judge: yes('Cilium enforces NetworkPolicy') },
  { product: 'GKE Dataplane V2', kinds: ['DaemonSet'], names: ['anetd'], images: [], namespace: 'kube-system', judge: yes('GKE Dataplane V2 (Cilium) enforces NetworkPolicy') },
  { product: 'Antrea', kinds: ['DaemonSet'], names: ['antrea-agent'], images: ['antrea/antrea-agent-ubuntu', 'antrea/antrea-ubuntu'], judge: yes('Antrea enforces NetworkPolicy') },
  { product: 'OVN-Kubernetes', kinds: ['DaemonSet'], names: ['ovnkube-node'], images: [], judge: yes('OVN-Kubernetes enforces NetworkPolicy') },
  { product: 'Kube-OVN', kinds: ['DaemonSet'], names: ['kube-ovn-cni'], images: ['kubeovn/kube-ovn'], judge: yes('Kube-OVN enforces NetworkPolicy') },
  { product: 'kube-network-policies', kinds: ['DaemonSet'], names: ['kube-network-policies'], images: ['networking/kube-network-policies'], judge: yes('kube-network-policies enforces NetworkPolicy') },
  { product: 'Azure Network Policy Manager', kinds: ['DaemonSet'], names: ['azure-npm'], images: ['containernetworking/azure-npm'], judge: yes('Azure Network Policy Manager enforces NetworkPolicy') },
  {
    product: 'Weave Net', kinds: ['DaemonSet'], names: ['weave-net'], images: ['weaveworks/weave-kube'],
    judge: (_r, cs) => {
      const npc = containerWithImage(cs, 'weaveworks/weave-npc') ?? cs.find((c) => c.name === 'weave-npc');
      return npc
        ? { enforces: 'yes', reason: 'Weave Net enforces NetworkPolicy through its weave-npc container', at: npc.field }
        : { enforces: 'no', reason: 'Weave Net runs without its weave-npc container, which is what enforces NetworkPolicy' };
    },
  },
  {
    product: 'kube-router', kinds: ['DaemonSet'], names: ['kube-router'], images: ['cloudnativelabs/kube-router'],
    judge: (_r, cs) => {
      for (const c of cs) {
        const a = containerArg(c, 'run-firewall');
        if (a && a.value === 'false') return { enforces: 'no', reason: 'kube-router runs with --run-firewall=false, which turns off NetworkPolicy', at: a.at };
      }
      return { enforces: 'yes', reason: 'kube-router enforces NetworkPolicy (--run-firewall defaults to true)' };
    },
  },
  {
    product: 'OpenShift SDN', kinds: ['DaemonSet'], names: ['sdn'], images: [], namespace: 'openshift-sdn',
    judge: () => ({ enforces: 'unknown', reason: 'OpenShift SDN enforces NetworkPolicy in its networkpolicy and multitenant modes but not in subnet mode, which the DaemonSet does not show' }),
  },
  {
    product: 'AWS VPC CNI', kinds: ['DaemonSet'], names: ['aws-node'], images: ['amazon-k8s-cni'],
    judge: (_r, cs) => {
      const agent = containerWithImage(cs, 'aws-network-policy-agent') ?? cs.find((c) => c.name === 'aws-eks-nodeagent');
      if (!agent) return { enforces: 'no', reason: 'AWS VPC CNI has no network policy agent container (aws-eks-nodeagent), so NetworkPolicy is not enforced' };
      const a = containerArg(agent, 'enable-network-policy');
      if (a && a.value === 'true') return { enforces: 'yes', reason: 'AWS VPC CNI enforces NetworkPolicy (--enable-network-policy=true)', at: a.at };
      return {
        enforces: 'no',
        reason: `AWS VPC CNI network policy agent runs with ${a ? `--enable-network-policy=${a.value}` : 'no --enable-network-policy=true'}, so NetworkPolicy is not enforced`,
        at: a?.at ?? agent.field,
      };
    },
  },
  {
    product: 'kindnet', kinds: ['DaemonSet'], names: ['kindnet'], images: ['kindest/kindnetd', 'aojea/kindnet'],
    judge: (_r, cs) => {
      for (const c of cs) {
        const a = containerArg(c, 'network-policy');
        if (a) {
          return a.value === 'false'
            ? { enforces: 'no', reason: 'kindnet runs with --network-policy=false', at: a.at }
            : { enforces: 'yes', reason: 'kindnet enforces NetworkPolicy (--network-policy)', at: a.at };
        }
      }
      const kindnetd = containerWithImage(cs, 'kindest/kindnetd');
      const date = /^v(\d{8})/.exec(imageTag(kindnetd?.field.get('image').str() ?? '') ?? '')?.[1];
      // kind v0.24.0 (kindnetd v20240813) was the first release to ship NetworkPolicy support; older kindnetd has none.
      if (kindnetd && date && date < '20240813') {
        return { enforces: 'no', reason: `kindnet ${imageTag(kindnetd.field.get('image').str()!)} predates NetworkPolicy support in kindnetd`, at: kindnetd.field.get('image') };
      }
      return { enforces: 'unknown', reason: 'kindnet enforces NetworkPolicy only in newer releases with network policy enabled, which the DaemonSet does not make certain' };
    },
  },
  { product: 'flannel', kinds: ['DaemonSet'], names: ['kube-flannel-ds', 'kube-flannel'], images: ['flannel/flannel', 'flannel-io/flannel', 'coreos/flannel', 'rancher/mirrored-flannelcni-flannel'], judge: no('flannel provides pod networking only and does not enforce NetworkPolicy') },
  { product: 'Azure CNI', kinds: ['DaemonSet'], names: ['azure-cns'], images: ['containernetworking/azure-cns'], judge: no('Azure CNI alone does not enforce NetworkPolicy (that takes Azure Network Policy Manager, Calico or Cilium)') },
];

/** `paths[i]` is imagePath of container i's image (undefined without one), worked out once per workload. */
function matches(d: Detector, r: Resource, cs: readonly ContainerView[], paths: readonly (string | undefined)[]): Field | Resource['loc'] | undefined {
  if (!d.kinds.includes(r.kind)) return undefined;
  if (d.namespace !== undefined && r.namespace !== d.namespace) return undefined;
  const i = paths.findIndex((p) => p !== undefined && d.images.some((want) => pathIs(p, want)));
  if (i >= 0) return cs[i].field.get('image');
  if (d.names.includes(r.name)) return r.loc;
  return undefined;
}

/**
 * Every CNI or NetworkPolicy engine recognised among the DaemonSets and Deployments of the input, in input order.
 * Several rules ask; the answer depends on the snapshot only.
 */
export const detectCni: (index: SnapshotIndex) => readonly CniFinding[] = memoWeak((index) => Object.freeze(detect(index)));

function detect(index: SnapshotIndex): CniFinding[] {
  const out: CniFinding[] = [];
  for (const kind of ['DaemonSet', 'Deployment']) {
    for (const r of index.byKind(kind)) {
      const cs = containersOf(r);
      const paths = cs.map((c) => {
        const image = c.field.get('image').str();
        return image === undefined ? undefined : imagePath(image);
      });
      for (const d of DETECTORS) {
        const hit = matches(d, r, cs, paths);
        if (!hit) continue;
        const j = d.judge(r, cs);
        out.push({ product: d.product, enforces: j.enforces, reason: j.reason, resource: r, at: j.at ?? hit });
        break;
      }
    }
  }
  return out;
}
