// The cluster-admin role (or a ClusterRole with the same every-verb-on-everything rule) should be bound only where required.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { describeRoleRef, describeSubjects, isFullAccess, rbacOf } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-cluster-admin-bindings',
  title: 'The cluster-admin role is bound only where required',
  assessment: 'manual',
  notes:
    'Judged per RoleBinding and ClusterRoleBinding. A binding of "cluster-admin", or of a ClusterRole the user wrote that allows every verb on ' +
    'every resource in every API group, fails unless it binds no subjects. The default "cluster-admin" binding to group "system:masters" ' +
    '(bootstrap policy, labelled kubernetes.io/bootstrapping: rbac-defaults) passes here and is reviewed under the system:masters control; ' +
    'kubeadm\'s "kubeadm:cluster-admins" binding is reported manual, since who holds that group is decided by certificates.',
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078'] },
  rationale: 'cluster-admin can do anything to any object, so every subject bound to it is a full compromise of the cluster if its credentials leak.',
  remediation: 'Bind subjects to narrower roles (admin or edit in one namespace, or a custom role with the verbs they use) and delete cluster-admin bindings that are not needed for break-glass administration.',

  evaluate(target, ctx) {
    const rbac = rbacOf(ctx.index);
    const b = rbac.binding(target);
    if (!b) return manual(`${target.kind} "${target.name}" could not be read as a binding`, target.loc);
    const isClusterAdmin = b.roleRef.kind === 'ClusterRole' && b.roleRef.name === 'cluster-admin';
    const role = rbac.roleOf(b);
    const lookalike = !isClusterAdmin && role !== undefined && role.kind === 'ClusterRole' && !role.isDefault &&
      rbac.effective(role).rules.some(isFullAccess);
    if (!isClusterAdmin && !lookalike) return pass(target.loc, `binds ${describeRoleRef(b)}`);
    if (b.origin === 'kubernetes') return pass(target.loc, 'default binding of "cluster-admin" to group "system:masters"');
    if (b.origin === 'kubeadm') {
      return manual('kubeadm binds "cluster-admin" to group "kubeadm:cluster-admins" for its admin.conf; check that only break-glass credentials carry that group', b.roleRef.field);
    }
    if (b.subjects.length === 0) return pass(target.loc, `binds ${describeRoleRef(b)} to no subjects`);
    const scope = b.kind === 'ClusterRoleBinding' ? 'cluster-wide' : b.namespace !== undefined ? `in namespace "${b.namespace}"` : 'in the namespace of the binding';
    const like = lookalike ? ', which allows every verb on every resource as "cluster-admin" does' : '';
    return fail(b.roleRef.field, `${describeSubjects(b.subjects)} ${b.subjects.length === 1 ? 'holds' : 'hold'} ${describeRoleRef(b)} ${scope}${like}`);
  },
});
