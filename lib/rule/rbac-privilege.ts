// What makes a binding privileged for the RBAC accretion rules: cluster-admin or an every-verb-on-everything role,
// wildcard verbs or resources, or the bind/escalate/impersonate verbs that step around RBAC.
import type { BindingView, Permission, RbacIndex } from './rbac.js';
import { isFullAccess } from './rbac.js';

const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** bind and escalate on roles, impersonate on identities (as rbac-bind-impersonate-escalate checks them). */
export const ESCALATION_PERMISSIONS: readonly Permission[] = [
  { verbs: ['bind', 'escalate'], group: RBAC_GROUP, resource: 'roles' },
  { verbs: ['bind'], group: RBAC_GROUP, resource: 'clusterroles' },
  { verbs: ['escalate'], group: RBAC_GROUP, resource: 'clusterroles', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'users', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'groups', clusterScoped: true },
  { verbs: ['impersonate'], group: '', resource: 'serviceaccounts' },
  { verbs: ['impersonate'], group: 'authentication.k8s.io', resource: 'uids', clusterScoped: true },
];

export interface Privilege {
  /** Why the binding is privileged, e.g. `binds "cluster-admin"`; empty when it is not. */
  readonly reasons: readonly string[];
  /** The role is not in the input (and is not cluster-admin), so what it grants is unknown. */
  readonly unknown: boolean;
}

/** The privileged grants of one binding, read from the roles in the input. */
export function privilegeOf(b: BindingView, rbac: RbacIndex): Privilege {
  if (b.kind === 'ClusterRoleBinding' && b.roleRef.kind === 'Role') return { reasons: [], unknown: false };
  if (b.roleRef.kind === 'ClusterRole' && b.roleRef.name === 'cluster-admin') return { reasons: ['binds "cluster-admin"'], unknown: false };
  const role = rbac.roleOf(b);
  if (!role && b.roleRef.kind === 'ClusterRole') {
    // Built-in user-facing roles the input often leaves out: view reads only; edit and admin let subjects
    // impersonate the namespace's service accounts (bootstrap policy, aggregate-to-edit).
    if (b.roleRef.name === 'view') return { reasons: [], unknown: false };
    if (b.roleRef.name === 'edit' || b.roleRef.name === 'admin') return { reasons: ['grants impersonate on service accounts'], unknown: false };
  }
  if (!role) return { reasons: [], unknown: true };
  const rules = rbac.effective(role).rules;
  const reasons: string[] = [];
  if (rules.some(isFullAccess)) reasons.push('allows every verb on every resource');
  else if (rules.some((r) => r.verbs.includes('*') || r.resources.includes('*'))) reasons.push('uses wildcard verbs or resources');
  const esc = rbac.grants(b, ESCALATION_PERMISSIONS).grants.filter((g) => g.resourceNames.length === 0);
  if (esc.length > 0 && !reasons.includes('allows every verb on every resource')) {
    const verbs = [...new Set(esc.flatMap((g) => (g.verbs.includes('*') ? ['bind', 'escalate', 'impersonate'] : g.verbs)))].sort();
    reasons.push(`grants ${verbs.join('/')}`);
  }
  return { reasons, unknown: false };
}
