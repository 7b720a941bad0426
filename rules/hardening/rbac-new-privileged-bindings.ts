// With a baseline (the previous scan's report), privileged bindings that were not there before are called out.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { baselineResults, targetKey } from '../../lib/rule/baseline.js';
import { describeRoleRef, describeSubjects, rbacOf } from '../../lib/rule/rbac.js';
import { privilegeOf } from '../../lib/rule/rbac-privilege.js';
import type { Resource } from '../../lib/model/types.js';

/** Rules whose failures mark a binding as privileged in a baseline report (CIS and kubecis-hardening scans alike). */
export const PRIVILEGE_RULES: readonly string[] = ['rbac-cluster-admin-bindings', 'rbac-wildcard-role-subjects', 'rbac-bind-impersonate-escalate'];

export default defineRule<Resource>({
  id: 'rbac-new-privileged-bindings',
  title: 'No privileged binding appeared since the baseline',
  assessment: 'automated',
  notes:
    'A binding is privileged when it binds cluster-admin or a role that allows everything, uses wildcard verbs or resources, or grants ' +
    'bind, escalate or impersonate. The baseline is the previous scan\'s JSON report (--baseline): a binding counts as already privileged ' +
    `when one of ${PRIVILEGE_RULES.join(', ')} failed for it there. Without a baseline, or with one that holds none of those results, a ` +
    'privileged binding is manual. Bindings are matched by kind, namespace, name and cluster; subjects added to a binding that was already ' +
    'privileged are not detected here.',
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1098'] },
  rationale: 'Privilege in RBAC grows one binding at a time (a debugging session, an operator install); catching each new one when it appears is how the total stays reviewable.',
  remediation: 'Review the new binding with its owner: remove it, narrow the role it binds, or record it as an accepted exception.',

  evaluate(target, ctx) {
    const rbac = rbacOf(ctx.index);
    const b = rbac.binding(target);
    if (!b) return manual(`${target.kind} "${target.name}" could not be read as a binding`, target.loc);
    if (b.origin || b.subjects.length === 0) return pass(target.loc, b.origin ? 'default binding of the cluster' : 'the binding has no subjects');
    const p = privilegeOf(b, rbac);
    if (p.unknown) return manual(`${describeRoleRef(b)} is not in the input, so whether the binding is privileged cannot be read`, b.roleRef.field);
    if (p.reasons.length === 0) return pass(target.loc, `${describeRoleRef(b)} is not privileged`);
    const what = `${describeSubjects(b.subjects)} through ${describeRoleRef(b)}, which ${p.reasons.join(' and ')}`;
    const baseline = baselineResults(ctx.options);
    if (!baseline) return manual(`privileged binding of ${what}; give the previous scan with --baseline to tell whether it is new`, b.roleRef.field);
    const relevant = baseline.filter((r) => PRIVILEGE_RULES.includes(r.ruleId));
    if (relevant.length === 0) return manual(`privileged binding of ${what}; the baseline holds no RBAC results to compare with`, b.roleRef.field);
    const key = targetKey({ kind: target.kind, namespace: target.namespace, name: target.name, cluster: target.cluster });
    const before = relevant.filter((r) => targetKey(r.target) === key);
    if (before.some((r) => r.status === 'fail')) return pass(target.loc, `privileged binding of ${what} was already in the baseline`);
    return fail(b.roleRef.field, `new since the baseline: ${what}${before.length ? ' (the binding existed but was not privileged)' : ''}`);
  },
});
