// The audit profile must record enough to investigate changes: request bodies of writes at least.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { auditProfile } from '../../lib/rule/openshift-audit.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-audit-profile-coverage',
  title: 'Audit policy records what changed, not only who called',
  assessment: 'manual',
  notes:
    'Decided from the APIServer "cluster" object: WriteRequestBodies or AllRequestBodies passes (writes to Secrets, ' +
    'RBAC, SCCs and workloads are recorded with their content, while Secret and OAuth token bodies are never logged); ' +
    'None, or customRules with None for a broad group, fails; Default records metadata only (who, what, when), which ' +
    'is left for review against your own needs.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'An audit log that only shows that a RoleBinding or SCC changed, not how, makes escalations hard to reconstruct.',
  remediation: 'Set spec.audit.profile to WriteRequestBodies (or AllRequestBodies) in apiserver.config.openshift.io/cluster, or add customRules for the groups whose writes need full records.',

  evaluate(_cluster, ctx) {
    const a = auditProfile(ctx);
    if (!a) return manual('the APIServer "cluster" object is not in the input: check spec.audit with "oc get apiserver cluster -o yaml"');
    if (a.profile === 'None') return fail(a.field, 'spec.audit.profile is None, so nothing is recorded');
    const off = a.customRules.find((r) => r.profile === 'None' && r.broad);
    if (off) return fail(off.field, `spec.audit.customRules records nothing (None) for group "${off.group}"`);
    if (a.profile === 'WriteRequestBodies' || a.profile === 'AllRequestBodies') {
      return pass(a.field, `spec.audit.profile is ${a.profile}, which records the content of write requests`);
    }
    const stronger = a.customRules.filter((r) => r.profile === 'WriteRequestBodies' || r.profile === 'AllRequestBodies').map((r) => `"${r.group}"`);
    const extra = stronger.length ? `; customRules record request bodies for ${stronger.join(', ')}` : '';
    return manual(`spec.audit.profile is ${a.profile}${a.explicit ? '' : ' (not set)'}, which records who made each request but not what a write changed${extra}: decide whether WriteRequestBodies is needed`, a.field);
  },
});
