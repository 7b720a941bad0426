// Whether namespaces form real administrative boundaries needs review; report manual with the facts of the input.
import { defineRule, manual } from '../../lib/rule/define.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { ClusterTarget } from '../../lib/rule/types.js';
import { quoteList } from '../../lib/rule/workload.js';

const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);
const MAX_LISTED = 8;

export default defineRule<ClusterTarget>({
  id: 'cluster-namespace-boundaries',
  title: 'Namespaces separate teams and applications',
  assessment: 'manual',
  notes:
    'Never decided automatically: whether the split matches teams and trust levels is an organisational question. ' +
    'The message gives the facts: namespaces holding workloads outside the Kubernetes system namespaces, workloads ' +
    'in "default", and how many of those namespaces have RoleBindings, NetworkPolicies and ResourceQuotas.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'Namespaces are the unit that RBAC, NetworkPolicy, quotas and Pod Security admission apply to; workloads of different owners in one namespace share all of them.',
  remediation: 'Give each application or team its own namespace, grant access with namespaced RoleBindings, and add NetworkPolicies, ResourceQuotas and Pod Security labels per namespace.',

  evaluate(_cluster, ctx) {
    const top = ctx.index.topLevel(WORKLOAD_KINDS);
    const withWorkloads = new Map<string, number>();
    for (const w of top) {
      if (w.namespace === undefined) continue;
      withWorkloads.set(w.namespace, (withWorkloads.get(w.namespace) ?? 0) + 1);
    }
    const apps = [...withWorkloads.keys()].filter((n) => !SYSTEM_NAMESPACES.has(n) && n !== 'default').sort();
    const count = (kind: string) => apps.filter((n) => ctx.index.inNamespace(n).some((r) => r.kind === kind)).length;
    const facts: string[] = [];
    const listed = quoteList(apps.slice(0, MAX_LISTED)) + (apps.length > MAX_LISTED ? ` and ${apps.length - MAX_LISTED} more` : '');
    facts.push(apps.length
      ? `${apps.length} ${apps.length === 1 ? 'namespace holds' : 'namespaces hold'} workloads outside the system namespaces (${listed})`
      : 'no namespace outside the system namespaces holds workloads in the input');
    const inDefault = withWorkloads.get('default') ?? 0;
    if (inDefault) facts.push(`${inDefault} ${inDefault === 1 ? 'workload runs' : 'workloads run'} in "default"`);
    const unset = top.filter((w) => w.namespace === undefined).length;
    if (unset) facts.push(`${unset} ${unset === 1 ? 'workload sets' : 'workloads set'} no namespace`);
    if (apps.length) {
      facts.push(`RoleBindings in ${count('RoleBinding')}, NetworkPolicies in ${count('NetworkPolicy')} and ResourceQuotas in ${count('ResourceQuota')} of them`);
    }
    return manual(`${facts.join('; ')}: review that namespaces separate teams and applications`);
  },
});
