// Only the default binding may grant anything to the group system:unauthenticated.
import { defineRule } from '../../lib/rule/define.js';
import { judgePublicSubjectBinding } from '../../lib/rule/public-subjects.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-unauthenticated-bindings',
  title: 'No non-default bindings to system:unauthenticated',
  assessment: 'automated',
  notes: 'Judged per RoleBinding and ClusterRoleBinding: naming group "system:unauthenticated" fails, except the bootstrap policy\'s ClusterRoleBinding system:public-info-viewer (health and version endpoints).',
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078.001'] },
  rationale: 'Every request without valid credentials belongs to system:unauthenticated, so a role bound to it is granted to the whole network that reaches the API server.',
  remediation: 'Delete the binding or remove system:unauthenticated from its subjects; grant the permissions to authenticated identities instead.',

  evaluate(target, ctx) {
    return judgePublicSubjectBinding(target, ctx, { name: 'system:unauthenticated', defaults: ['system:public-info-viewer'], who: 'every request without valid credentials' });
  },
});
