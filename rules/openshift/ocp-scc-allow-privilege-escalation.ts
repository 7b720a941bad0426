// Only platform identities can use SCCs that allow privilege escalation: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsPrivilegeEscalation, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-allow-privilege-escalation',
  title: 'Only platform identities can use SCCs that allow privilege escalation',
  assessment: 'manual',
  notes: `An SCC allows it unless allowPrivilegeEscalation is false (unset means true). ${SCC_NOTES}`,
  severity: 'medium',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'With privilege escalation allowed, setuid binaries and file capabilities in an image can give a process more rights than it started with.',
  remediation: 'Give workloads restricted-v2 (allowPrivilegeEscalation: false); keep SCCs that allow escalation, such as the older restricted SCC, away from system:authenticated and application accounts.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsPrivilegeEscalation, 'privilege escalation');
  },
});
