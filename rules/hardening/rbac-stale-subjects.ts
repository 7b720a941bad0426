// Bindings do not name service accounts that no longer exist.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { describeSubject, rbacOf } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-stale-subjects',
  title: 'Bindings name only service accounts that exist',
  assessment: 'automated',
  notes:
    'Service account subjects are looked up in the input; the check needs a cluster dump (or manifests that include the ServiceAccounts): ' +
    'without any ServiceAccount in the input the result is manual. A subject whose namespace is absent while the input lists Namespaces is ' +
    'stale too. Users and groups are defined outside the cluster and cannot be checked.',
  severity: 'medium',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1078.004', 'T1098'] },
  rationale: 'A binding to a deleted account is a standing grant waiting for whoever recreates that name, which anyone allowed to create ServiceAccounts in the namespace can do.',
  remediation: 'Delete the binding, or remove the stale subjects from it; remove bindings together with the accounts they were made for.',

  evaluate(target, ctx) {
    const rbac = rbacOf(ctx.index);
    const b = rbac.binding(target);
    if (!b) return manual(`${target.kind} "${target.name}" could not be read as a binding`, target.loc);
    const sas = b.subjects.filter((s) => s.kind === 'ServiceAccount');
    if (sas.length === 0) return pass(target.loc, 'the binding names no service accounts');
    if (ctx.index.byKind('ServiceAccount').length === 0) {
      return manual('the input has no ServiceAccount objects to check the subjects against', sas[0].field);
    }
    const namespaces = ctx.index.byKind('Namespace').length > 0 ? new Set(ctx.index.byKind('Namespace').map((n) => n.name)) : undefined;
    const stale = sas.filter((s) => !ctx.index.get('ServiceAccount', s.namespace, s.name));
    // Only namespaces the input covers can prove an account missing: a manifest set may hold other namespaces' accounts elsewhere.
    const judged = stale.filter((s) => (namespaces ? true : ctx.index.inNamespace(s.namespace ?? '').some((r) => r.kind === 'ServiceAccount')));
    if (judged.length === 0) {
      return stale.length === 0
        ? pass(target.loc, 'every service account subject exists')
        : manual(`${stale.map(describeSubject).join(', ')} cannot be checked: the input has no ServiceAccounts in ${stale.length === 1 ? 'that namespace' : 'those namespaces'}`, stale[0].field);
    }
    const why = (s: (typeof judged)[number]) => (namespaces && !namespaces.has(s.namespace ?? '') ? ' (its namespace does not exist)' : '');
    return fail(judged[0].field, `${judged.map((s) => `${describeSubject(s)}${why(s)}`).join(', ')} ${judged.length === 1 ? 'does' : 'do'} not exist`);
  },
});
