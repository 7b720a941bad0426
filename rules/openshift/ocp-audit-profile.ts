// The API servers must record an audit log: the APIServer audit profile is not None.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { auditProfile } from '../../lib/rule/openshift-audit.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-audit-profile',
  title: 'API server audit logging is on',
  assessment: 'manual',
  notes:
    'Decided from the APIServer "cluster" object (config.openshift.io): spec.audit.profile Default (also when unset), ' +
    'WriteRequestBodies or AllRequestBodies passes, None fails, and so does a customRules entry with profile None for ' +
    'a group that holds every user or service account.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'With the None profile the API servers record nothing, so no request can be traced afterwards.',
  remediation: 'Set spec.audit.profile in apiserver.config.openshift.io/cluster to Default or stronger (WriteRequestBodies, AllRequestBodies) and remove customRules that set None for broad groups.',

  evaluate(_cluster, ctx) {
    const a = auditProfile(ctx);
    if (!a) return manual('the APIServer "cluster" object is not in the input: check spec.audit with "oc get apiserver cluster -o yaml"');
    if (a.profile === 'None') return fail(a.field, 'spec.audit.profile is None, so the API servers write no audit log');
    const off = a.customRules.find((r) => r.profile === 'None' && r.broad);
    if (off) return fail(off.field, `spec.audit.customRules turns auditing off (None) for group "${off.group}"`);
    return pass(a.field, a.explicit ? `spec.audit.profile is ${a.profile}` : 'spec.audit.profile is not set, so the Default profile applies');
  },
});
