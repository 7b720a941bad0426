// Only platform identities can use SCCs that allow privileged containers: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsPrivileged, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-privileged',
  title: 'Only platform identities can use SCCs that allow privileged containers',
  assessment: 'manual',
  notes: `An SCC allows it when allowPrivilegedContainer is true. ${SCC_NOTES}`,
  severity: 'critical',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'A privileged container has every capability and device of the host; whoever may use such an SCC can take over the node.',
  remediation: 'Remove broad groups, default service accounts and unneeded users from the users and groups of SCCs with allowPrivilegedContainer: true and from RBAC bindings that allow "use" on them (oc adm policy remove-scc-from-group/-user); give workloads restricted-v2 or a custom SCC without privilege.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsPrivileged, 'privileged containers');
  },
});
