// The system:masters group should not be used: it bypasses RBAC entirely and cannot be revoked.
import { defineRule, fail, manual } from '../../lib/rule/define.js';
import { rbacOf, type BindingView } from '../../lib/rule/rbac.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

const GUIDANCE = 'its members hold client certificates with O=system:masters, which no object shows, so review what the cluster CA has issued';

export default defineRule<ClusterTarget>({
  id: 'rbac-system-masters',
  title: 'The system:masters group is not used',
  assessment: 'manual',
  notes:
    'Judged once for the input. Any RoleBinding or ClusterRoleBinding naming group "system:masters" fails, except the default "cluster-admin" ' +
    'ClusterRoleBinding of the bootstrap policy (other subjects added to it are reported by the cluster-admin control). Otherwise the result is manual: membership of the group is carried by client certificates, ' +
    'which cannot be seen in Kubernetes objects.',
  severity: 'high',
  scope: { cluster: true },
  frameworks: { mitreAttack: ['T1078'] },
  rationale: 'Members of system:masters pass every authorization check, even with RBAC bindings removed, and a client certificate carrying the group stays valid until it expires.',
  remediation: 'Do not issue certificates with O=system:masters beyond a break-glass credential kept offline; give administrators a normal group bound to a role, and remove bindings that name system:masters.',

  evaluate(_cluster, ctx) {
    const rbac = rbacOf(ctx.index);
    // The default binding is the ClusterRoleBinding named cluster-admin: a cluster has exactly one object by that name.
    const builtIn = (b: BindingView) => b.kind === 'ClusterRoleBinding' && b.name === 'cluster-admin' && b.roleRef.name === 'cluster-admin';
    const named = rbac.bindings
      .map((b) => ({ b, s: b.subjects.find((s) => s.kind === 'Group' && s.name === 'system:masters') }))
      .filter((x) => x.s !== undefined && !builtIn(x.b));
    if (named.length > 0) {
      const list = named.map(({ b }) => `${b.kind} "${b.namespace ? `${b.namespace}/` : ''}${b.name}"`).join(', ');
      return fail(named[0].s!.field.get('name'), `group "system:masters" is bound by ${list}`);
    }
    const def = rbac.bindings.find(builtIn);
    const by = def ? 'only the default "cluster-admin" binding names' : 'no binding in the input names';
    return manual(`${by} group "system:masters", but ${GUIDANCE}`, def?.resource.loc);
  },
});
