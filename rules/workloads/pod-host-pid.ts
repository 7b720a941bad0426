// Pods must not share the node's process ID namespace (spec.hostPID).
import { defineRule } from '../../lib/rule/define.js';
import { hostNamespaceVerdict } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-host-pid',
  title: 'Workloads do not share the host process ID namespace',
  assessment: 'manual',
  notes: 'The benchmark asks for an admission policy; on manifests and dumps we check the workloads themselves.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611'] },
  rationale: 'A container in the host PID namespace can see, trace and signal every process on the node, which opens the way to privilege escalation and secret theft.',
  remediation: 'Remove hostPID: true from the pod spec; debug nodes with an ephemeral debug pod instead, and enforce the baseline Pod Security Standard on the namespace.',

  evaluate(workload) {
    return hostNamespaceVerdict(workload, 'hostPID', 'process ID namespace');
  },
});
