// Roles and ClusterRoles should name the verbs, API groups and resources they allow instead of using "*".
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import type { Field } from '../../lib/rule/field.js';
import { describeSubjects, rbacOf, type PolicyRule } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

/** Wildcard entries of a rule: "*" in verbs, apiGroups, resources or nonResourceURLs, and "*\/sub" resources. */
function wildcards(rule: PolicyRule): Field[] {
  const out: Field[] = [];
  for (const list of ['verbs', 'apiGroups', 'resources', 'nonResourceURLs']) {
    for (const item of rule.field.get(list).items()) {
      const v = item.value;
      if (v === '*' || (list === 'resources' && typeof v === 'string' && v.startsWith('*/'))) out.push(item);
    }
  }
  return out;
}

export default defineRule<Resource>({
  id: 'rbac-wildcards',
  title: 'Roles and ClusterRoles do not use wildcards',
  assessment: 'manual',
  notes:
    'Judged per Role and ClusterRole on the rules it is written with: "*" in verbs, apiGroups, resources or nonResourceURLs, and "*/subresource" ' +
    'resources. A path prefix such as "/metrics/*" in nonResourceURLs is not counted. An aggregating ClusterRole is judged only on rules that ' +
    'none of the ClusterRoles it selects carries (their rules are judged on them). Default roles of the bootstrap policy (labelled ' +
    'kubernetes.io/bootstrapping: rbac-defaults), such as cluster-admin, pass: they ship with Kubernetes and the API server restores them.',
  severity: 'medium',
  scope: { resource: ['ClusterRole', 'Role'] },
  rationale: 'A wildcard grants every present and future verb, group or resource, including ones added later by CRDs and new API versions, so the role quietly grows beyond what was reviewed.',
  remediation: 'Replace each "*" with the explicit verbs, API groups and resources the role needs (kubectl auth can-i --list or audit logs show what is used).',

  evaluate(target, ctx) {
    const rbac = rbacOf(ctx.index);
    const role = rbac.role(target);
    if (!role) return manual(`${target.kind} "${target.name}" could not be read as a role`, target.loc);
    if (role.isDefault) return pass(target.loc, 'default role shipped with Kubernetes');
    const own = role.aggregating ? rbac.effective(role).rules.filter((r) => r.role === target) : role.rules;
    const hits = own.map(wildcards).filter((h) => h.length > 0);
    if (hits.length === 0) return pass(target.loc, role.aggregating ? 'no wildcards in rules of its own; aggregated rules are judged on their roles' : 'no wildcards');
    const first = [...hits[0]].sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column)[0];
    const lists = [...new Set(hits.flat().map((f) => f.fieldPath.replace(/\[\d+\]$/, '')))];
    const bound = rbac.bindingsTo(role).flatMap((b) => b.subjects);
    const into = rbac.aggregatingInto(role).map((r) => `"${r.name}"`);
    const use = bound.length > 0 ? `bound to ${describeSubjects(bound)}` : into.length > 0 ? `aggregated into ClusterRole ${into.join(', ')}` : 'not bound in the input';
    return fail(first, `${lists.length === 1 ? 'wildcard' : 'wildcards'} in ${lists.join(', ')}; ${use}`);
  },
});
