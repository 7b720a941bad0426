// Only platform identities can use SCCs that use the host network: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsHostNetwork, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-host-network',
  title: 'Only platform identities can use SCCs that use the host network',
  assessment: 'manual',
  notes: `An SCC allows it when allowHostNetwork is true. ${SCC_NOTES}`,
  severity: 'high',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'A container on the host network can reach services bound to the node\'s loopback, sniff node traffic and bypass network policies.',
  remediation: 'Keep SCCs with allowHostNetwork: true (hostnetwork, hostnetwork-v2, hostaccess, privileged) away from broad groups, default service accounts and application accounts.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsHostNetwork, "use of the host's network namespace");
  },
});
