// Bindings should not hand out the bind, escalate or impersonate verbs, which step around RBAC's own limits.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding, type Permission } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

const RBAC = 'rbac.authorization.k8s.io';

/** bind and escalate on roles and clusterroles; impersonate on users, groups, service accounts and uids. */
const PERMISSIONS: readonly Permission[] = [
  { verbs: ['bind', 'escalate'], group: RBAC, resource: 'roles' },
  // bind on a ClusterRole is checked in the namespace of the RoleBinding being created, so a RoleBinding grants it.
  { verbs: ['bind'], group: RBAC, resource: 'clusterroles' },
  { verbs: ['escalate'], group: RBAC, resource: 'clusterroles', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'users', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'groups', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'serviceaccounts' },
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'uids', clusterScoped: true },
];

export default defineRule<Resource>({
  id: 'rbac-bind-impersonate-escalate',
  title: 'The bind, escalate and impersonate verbs are granted only where needed',
  assessment: 'manual',
  notes: BINDING_RULE_NOTES,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078', 'T1098'] },
  rationale: 'bind and escalate let a subject grant or write roles with rights it does not hold, and impersonate lets it act as another user, group or service account, so each is a path to more privilege.',
  remediation: 'Remove bind, escalate and impersonate from roles that do not administer RBAC; where delegation is needed, limit bind to the specific roles by resourceNames and impersonate to the specific identities.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, { what: 'bind, escalate or impersonate', permissions: PERMISSIONS }),
});
