// Bindings should not let subjects read Secrets (get, list, watch) beyond what they need.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-secret-access',
  title: 'Reading Secrets is granted only where needed',
  assessment: 'manual',
  notes: BINDING_RULE_NOTES,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1552.007'] },
  rationale: 'Secrets hold credentials and tokens, so whoever can read them can usually act with more rights than they were given.',
  remediation: 'Take get, list and watch on secrets out of roles that do not need them; where a workload needs one Secret, grant get on it by resourceNames in a namespaced Role, and do not bind roles that can read Secrets cluster-wide.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, {
      what: 'reading Secrets',
      permissions: [{ verbs: ['get', 'list', 'watch'], group: '', resource: 'secrets' }],
    }),
});
