// Pods must not share the node's IPC namespace (spec.hostIPC).
import { defineRule } from '../../lib/rule/define.js';
import { hostNamespaceVerdict } from '../../lib/rule/pod-security.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-host-ipc',
  title: 'Workloads do not share the host IPC namespace',
  assessment: 'manual',
  notes: 'The benchmark asks for an admission policy; on manifests and dumps we check the workloads themselves.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'baseline', mitreAttack: ['T1611'] },
  rationale: 'A container in the host IPC namespace can read and write shared memory and message queues of every process on the node.',
  remediation: 'Remove hostIPC: true from the pod spec and enforce the baseline Pod Security Standard on the namespace.',

  evaluate(workload) {
    return hostNamespaceVerdict(workload, 'hostIPC', 'IPC namespace');
  },
});
