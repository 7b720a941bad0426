// The cluster's CNI (or an add-on next to it) must enforce NetworkPolicy, recognised from the DaemonSets/Deployments in the input.
import { defineRule, pass, fail, manual } from '../../lib/rule/define.js';
import { detectCni, type CniFinding } from '../../lib/rule/cni.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

function where(f: CniFinding): string {
  return `${f.resource.kind} "${f.resource.namespace ? `${f.resource.namespace}/` : ''}${f.resource.name}"`;
}

export default defineRule<ClusterTarget>({
  id: 'cluster-cni-network-policy-support',
  title: 'The CNI in use enforces NetworkPolicy',
  assessment: 'manual',
  notes:
    'Recognised by DaemonSet/Deployment name and image: Calico, Canal, Cilium (and GKE Dataplane V2), Antrea, ' +
    'Weave Net with weave-npc, kube-router unless --run-firewall=false, OVN-Kubernetes, Kube-OVN, Azure Network ' +
    'Policy Manager and kube-network-policies enforce NetworkPolicy; flannel, Azure CNI alone, the AWS VPC CNI ' +
    'without --enable-network-policy=true and kindnet before kind v0.24 do not. Any enforcing component passes. ' +
    'When no CNI is in the input (plain manifests) the control is manual.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'NetworkPolicy objects are only data: a CNI that does not implement them accepts every policy and silently enforces none.',
  remediation: 'Run a CNI that enforces NetworkPolicy (for example Calico, Cilium or Antrea), or add a policy engine next to the current one (Calico policy-only with flannel, the VPC CNI network policy agent on EKS, Azure NPM, Calico or Cilium on AKS).',

  evaluate(_cluster, ctx) {
    const found = detectCni(ctx.index);
    const enforcing = found.filter((f) => f.enforces === 'yes');
    const unknown = found.filter((f) => f.enforces === 'unknown');
    const not = found.filter((f) => f.enforces === 'no');
    if (enforcing.length) {
      const others = not.length ? `; also found ${not.map((f) => `${f.product} (${where(f)})`).join(', ')}` : '';
      return pass(enforcing[0].at, `${enforcing[0].reason} (${where(enforcing[0])})${others}`);
    }
    if (unknown.length) {
      return manual(`${unknown.map((f) => `${f.reason} (${where(f)})`).join('; ')}; confirm that NetworkPolicy is enforced`, unknown[0].at);
    }
    if (not.length) {
      return fail(not[0].at, `${not.map((f) => `${f.reason} (${where(f)})`).join('; ')}, and no NetworkPolicy engine is in the input`);
    }
    const policies = ctx.index.byKind('NetworkPolicy').length;
    const hint = policies ? `; the ${policies} NetworkPolicy ${policies === 1 ? 'object in the input takes' : 'objects in the input take'} effect only if it does` : '';
    return manual(`no CNI DaemonSet or Deployment is in the input (usual for application manifests): check that the cluster's CNI enforces NetworkPolicy${hint}`);
  },
});
