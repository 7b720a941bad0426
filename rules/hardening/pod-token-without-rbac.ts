// Pods that mount a service account token should need it: a token for an identity no binding grants anything is unused attack surface.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { rbacOf, tokenMount } from '../../lib/rule/rbac.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-token-without-rbac',
  title: 'Pods mount a service account token only when their account is granted something',
  assessment: 'automated',
  notes:
    'Judged when the input holds RBAC bindings (a cluster dump or a full set of manifests); manifests without any binding give manual. ' +
    'A ServiceAccount counts as used when a RoleBinding or ClusterRoleBinding names it, or names the groups system:serviceaccounts or ' +
    'system:serviceaccounts:<namespace>; the default bootstrap grants to every authenticated user (discovery) do not count. ' +
    'Mirror pods and pods with automountServiceAccountToken: false pass.',
  severity: 'low',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { pss: 'restricted', mitreAttack: ['T1528'] },
  rationale: 'A mounted token lets anyone who gets code execution in the pod talk to the API server as that account; if the pod never needs the API the token only helps an attacker (discovery, and whatever grants are added later).',
  remediation: 'Set automountServiceAccountToken: false on the pod template (or on its ServiceAccount) for workloads that do not call the Kubernetes API.',

  evaluate(workload, ctx) {
    const t = tokenMount(workload, ctx.index);
    if (t.mounted === false) return pass(workload.loc, `no service account token is mounted (decided by ${t.by})`);
    const rbac = rbacOf(ctx.index);
    const bindings = [...ctx.index.byKind('RoleBinding'), ...ctx.index.byKind('ClusterRoleBinding')];
    if (bindings.length === 0) return manual(`pods mount a token for ServiceAccount "${t.serviceAccount}" and the input holds no RBAC bindings to tell whether it is used`, t.at);
    const ns = workload.namespace ?? 'default';
    const direct = rbac.bindingsOfServiceAccount(ns, t.serviceAccount);
    const groups = bindings.filter((b) => {
      const view = rbac.binding(b);
      return view !== undefined && !view.origin && view.subjects.some((s) => s.kind === 'Group' && (s.name === 'system:serviceaccounts' || s.name === `system:serviceaccounts:${ns}`));
    });
    if (direct.length > 0 || groups.length > 0) {
      const via = direct[0] ?? rbac.binding(groups[0])!;
      return pass(workload.loc, `ServiceAccount "${t.serviceAccount}" is bound by ${via.kind} "${via.name}"`);
    }
    const how = t.mounted === undefined ? 'may mount (its ServiceAccount is not in the input)' : 'mount';
    return fail(t.at, `pods ${how} a token for ServiceAccount "${ns}/${t.serviceAccount}", which no RoleBinding or ClusterRoleBinding in the input grants anything`);
  },
});
