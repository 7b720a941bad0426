// Only platform identities can use SCCs that share the host's PID namespace: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsHostPID, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-host-pid',
  title: "Only platform identities can use SCCs that share the host's PID namespace",
  assessment: 'manual',
  notes: `An SCC allows it when allowHostPID is true. The benchmark asks to minimize host PID admission like the other host namespaces (kube-bench inverts this test, a known defect). ${SCC_NOTES}`,
  severity: 'high',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'A container in the host PID namespace sees and can signal every process on the node, and can read their environment and memory maps.',
  remediation: 'Keep SCCs with allowHostPID: true away from broad groups, default service accounts and application accounts (remove them from the SCC users and groups and from RBAC "use" bindings).',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsHostPID, "use of the host's process ID namespace");
  },
});
