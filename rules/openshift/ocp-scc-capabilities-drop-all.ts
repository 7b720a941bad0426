// Only platform identities can use SCCs that do not drop all capabilities: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { keepsCapabilities, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-capabilities-drop-all',
  title: 'Only platform identities can use SCCs that do not drop all capabilities',
  assessment: 'manual',
  notes: `An SCC allows it unless requiredDropCapabilities contains ALL. ${SCC_NOTES}`,
  severity: 'low',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'Containers that keep the runtime\'s default capabilities (CHOWN, SETUID, KILL...) have more power than most applications need.',
  remediation: 'Require dropping ALL in requiredDropCapabilities of the SCCs that broad groups and application accounts can use (restricted-v2 does), adding back only what a workload needs.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, keepsCapabilities, 'containers keeping default capabilities');
  },
});
