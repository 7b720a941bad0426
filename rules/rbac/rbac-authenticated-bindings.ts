// Only the default bindings may grant anything to the group system:authenticated.
import { defineRule } from '../../lib/rule/define.js';
import { judgePublicSubjectBinding } from '../../lib/rule/public-subjects.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-authenticated-bindings',
  title: 'No non-default bindings to system:authenticated',
  assessment: 'automated',
  notes: 'Judged per RoleBinding and ClusterRoleBinding: naming group "system:authenticated" fails, except the bootstrap policy\'s ClusterRoleBindings system:basic-user, system:discovery and system:public-info-viewer.',
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078'] },
  rationale: 'On managed clusters system:authenticated can include any identity the provider can authenticate (on GKE, any Google account), so a role bound to it reaches far beyond your users.',
  remediation: 'Delete the binding or replace system:authenticated with the specific groups, users or service accounts that need the role.',

  evaluate(target, ctx) {
    return judgePublicSubjectBinding(target, ctx, { name: 'system:authenticated', defaults: ['system:basic-user', 'system:discovery', 'system:public-info-viewer'], who: 'every authenticated identity' });
  },
});
