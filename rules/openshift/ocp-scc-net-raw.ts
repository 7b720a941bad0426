// Only platform identities can use SCCs that leave NET_RAW available: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsNetRaw, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-net-raw',
  title: 'Only platform identities can use SCCs that leave NET_RAW available',
  assessment: 'manual',
  notes: `An SCC allows it unless requiredDropCapabilities contains ALL or NET_RAW, and always when allowedCapabilities or defaultAddCapabilities names NET_RAW or *. ${SCC_NOTES}`,
  severity: 'medium',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'NET_RAW lets a container craft packets, spoof addresses and sniff traffic on its interfaces.',
  remediation: 'Require dropping ALL (or at least NET_RAW) in requiredDropCapabilities of the SCCs that broad groups and application accounts can use, as restricted-v2 does.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsNetRaw, 'the NET_RAW capability');
  },
});
