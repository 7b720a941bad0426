// Only platform identities can use SCCs that let containers add capabilities: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsAddedCapabilities, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-added-capabilities',
  title: 'Only platform identities can use SCCs that let containers add capabilities',
  assessment: 'manual',
  notes: `An SCC allows it when allowedCapabilities names anything other than NET_BIND_SERVICE (which the Pod Security restricted profile allows too) or defaultAddCapabilities is not empty. ${SCC_NOTES}`,
  severity: 'medium',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'Each added capability widens what a compromised container can do to the kernel and the node.',
  remediation: 'Leave allowedCapabilities and defaultAddCapabilities empty (or NET_BIND_SERVICE only) in the SCCs that broad groups and application accounts can use.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsAddedCapabilities, 'added capabilities');
  },
});
