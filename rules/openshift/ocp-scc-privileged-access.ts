// Access to privileged SCCs is limited to platform identities: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsElevated, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-privileged-access',
  title: 'Access to privileged SCCs is limited to platform identities',
  assessment: 'manual',
  notes: `An SCC counts as privileged when it allows privileged containers, host PID, IPC, network or ports, host folders or hostPath volumes, root, any SELinux context, or capabilities beyond NET_BIND_SERVICE. ${SCC_NOTES}`,
  severity: 'high',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'SCCs such as privileged, anyuid, hostaccess, hostmount-anyuid and hostnetwork bypass most pod isolation; every user and service account that can use one is effectively trusted with the node.',
  remediation: 'Review who can use each privileged SCC (oc adm policy who-can use securitycontextconstraints/NAME); remove broad groups, default service accounts and accounts that do not need it from the SCC users and groups and from RBAC bindings.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsElevated, 'privileged or host access');
  },
});
