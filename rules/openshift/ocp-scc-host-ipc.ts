// Only platform identities can use SCCs that share the host's IPC namespace: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsHostIPC, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-host-ipc',
  title: "Only platform identities can use SCCs that share the host's IPC namespace",
  assessment: 'manual',
  notes: `An SCC allows it when allowHostIPC is true. ${SCC_NOTES}`,
  severity: 'high',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'A container in the host IPC namespace can read and alter shared memory of every process on the node.',
  remediation: 'Keep SCCs with allowHostIPC: true away from broad groups, default service accounts and application accounts (remove them from the SCC users and groups and from RBAC "use" bindings).',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsHostIPC, "use of the host's IPC namespace");
  },
});
