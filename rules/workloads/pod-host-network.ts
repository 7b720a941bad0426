// Pods must not share the node's network namespace (spec.hostNetwork).
import { defineRule } from '../../lib/rule/define.js';
import { hostNamespaceVerdict } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-host-network',
  title: 'Workloads do not share the host network namespace',
  assessment: 'manual',
  notes: 'The benchmark asks for an admission policy; on manifests and dumps we check the workloads themselves.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1557', 'T1611'] },
  rationale: 'A container on the host network bypasses network policies, can reach services bound to the node loopback and can sniff or spoof node traffic.',
  remediation: 'Remove hostNetwork: true from the pod spec and expose the workload through a Service; enforce the baseline Pod Security Standard on the namespace.',

  evaluate(workload) {
    return hostNamespaceVerdict(workload, 'hostNetwork', 'network namespace');
  },
});
