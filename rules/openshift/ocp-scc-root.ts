// Only platform identities can use SCCs that allow running as root: judged per SCC by what it allows and who can use it.
import type { Resource } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { allowsRoot, judgeScc, SCC_NOTES } from '../../lib/rule/openshift-access.js';

export default defineRule<Resource>({
  id: 'ocp-scc-root',
  title: 'Only platform identities can use SCCs that allow running as root',
  assessment: 'manual',
  notes: `An SCC allows it with runAsUser RunAsAny, MustRunAs UID 0, or MustRunAsRange with uidRangeMin 0 (MustRunAsRange without a range uses the namespace's range, which never includes 0). ${SCC_NOTES}`,
  severity: 'high',
  scope: { resource: ['SecurityContextConstraints'] },
  rationale: 'A container running as UID 0 is root on the node as soon as it escapes its namespace, and can change files of mounted volumes owned by root.',
  remediation: 'Keep SCCs with runAsUser RunAsAny (anyuid, privileged, hostmount-anyuid) or a UID range that includes 0 away from broad groups and application accounts; use MustRunAsRange or MustRunAsNonRoot SCCs for workloads.',

  evaluate(scc, ctx) {
    return judgeScc(scc, ctx, allowsRoot, 'containers running as root');
  },
});
