// Untrusted workloads should run in GKE Sandbox (gVisor).
import { managedSettingRule, nodeLabelSplit, nodeNames, objectEvidence, objectsNamed, plural, type Evidence } from '../../lib/rule/managed.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { podSpecOf } from '../../lib/rule/workload.js';

export default managedSettingRule({
  id: 'gke-sandbox',
  title: 'Untrusted workloads run in GKE Sandbox',
  provider: 'gke',
  assessment: 'automated',
  notes: 'Which workloads are untrusted is a judgement; the gvisor RuntimeClass, sandboxed node pools and the workloads that use runtimeClassName: gvisor are listed.',
  severity: 'medium',
  rationale: 'gVisor puts a user-space kernel between untrusted code and the node, so a container escape does not reach the host kernel.',
  remediation: 'Create a node pool with --sandbox type=gvisor and give workloads that run untrusted or third-party code runtimeClassName: gvisor.',
  guidance: 'decide which workloads run untrusted code and check that they use runtimeClassName: gvisor on a node pool created with GKE Sandbox',
  evidence(ctx, p) {
    const seen: Evidence[] = objectEvidence(objectsNamed(ctx, 'RuntimeClass', /^gvisor$/));
    const { with: sandboxed } = nodeLabelSplit(p.nodes, 'sandbox.gke.io/runtime', (v) => v === 'gvisor');
    if (sandboxed.length) seen.push({ text: `${plural(sandboxed.length, 'sandboxed GKE node')} (${nodeNames(sandboxed)})`, at: sandboxed[0].loc });
    const workloads = ctx.index.topLevel(WORKLOAD_KINDS);
    const using = workloads.filter((w) => podSpecOf(w).get('runtimeClassName').value === 'gvisor');
    if (using.length) seen.push({ text: `${using.length} of ${plural(workloads.length, 'workload')} with runtimeClassName: gvisor`, at: podSpecOf(using[0]).get('runtimeClassName') });
    return { seen, none: `no gvisor RuntimeClass, sandboxed node or workload using gVisor is in the input (${plural(workloads.length, 'workload')})` };
  },
});
