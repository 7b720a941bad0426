// Users and service accounts are not bound to roles that use wildcard verbs or resources.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { describeRoleRef, describeSubjects, isFullAccess, rbacOf } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-wildcard-role-subjects',
  title: 'No subject is bound to a role with wildcard verbs or resources',
  assessment: 'automated',
  notes:
    'Judged per RoleBinding and ClusterRoleBinding from the roles in the input (aggregated ClusterRoles count the rules they collect). ' +
    'cluster-admin and roles that allow every verb on every resource are left to rbac-cluster-admin-bindings; default bindings of the ' +
    'bootstrap policy and kubeadm pass; a role that is not in the input is manual.',
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078', 'T1098'] },
  rationale: 'A wildcard grants every verb or resource the API serves now and any added later (including CRDs that hold credentials), so the subject\'s rights grow without anyone changing the role.',
  remediation: 'Replace "*" in the role\'s verbs and resources with the verbs and resources the subject uses, or bind a narrower role.',

  evaluate(target, ctx) {
    const rbac = rbacOf(ctx.index);
    const b = rbac.binding(target);
    if (!b) return manual(`${target.kind} "${target.name}" could not be read as a binding`, target.loc);
    if (b.origin) return pass(target.loc, 'default binding of the cluster');
    if (b.subjects.length === 0) return pass(target.loc, 'the binding has no subjects');
    if (b.roleRef.kind === 'ClusterRole' && b.roleRef.name === 'cluster-admin') return pass(target.loc, 'binds "cluster-admin", which rbac-cluster-admin-bindings judges');
    if (b.kind === 'ClusterRoleBinding' && b.roleRef.kind === 'Role') return pass(target.loc, 'a ClusterRoleBinding cannot refer to a Role, so it grants nothing');
    const role = rbac.roleOf(b);
    if (!role) return manual(`${describeRoleRef(b)} is not in the input, so its rules cannot be read`, b.roleRef.field);
    const rules = rbac.effective(role).rules;
    if (rules.some(isFullAccess)) return pass(target.loc, `${describeRoleRef(b)} allows everything, which rbac-cluster-admin-bindings judges`);
    const wild = rules.find((r) => r.verbs.includes('*') || r.resources.includes('*'));
    if (!wild) return pass(target.loc, `${describeRoleRef(b)} names its verbs and resources`);
    const what = [wild.verbs.includes('*') ? 'every verb' : '', wild.resources.includes('*') ? 'every resource' : ''].filter(Boolean).join(' on ');
    const at = wild.role === role.resource ? wild.field.get(wild.verbs.includes('*') ? 'verbs' : 'resources') : b.roleRef.field;
    return fail(at, `${describeSubjects(b.subjects)} ${b.subjects.length === 1 ? 'is' : 'are'} bound to ${describeRoleRef(b)}, whose rules[${wild.index}] grants ${what}${wild.role !== role.resource ? ` (aggregated from ${wild.role.kind} "${wild.role.name}")` : ''}`);
  },
});
