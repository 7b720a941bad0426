// Every namespace with workloads has a default-deny NetworkPolicy for ingress and for egress.
import { defineRule, fail, notApplicable, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { DIRECTIONS, isEmptySelector, policyDirections, type Direction } from '../../lib/rule/network-policy.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';
import type { Resource } from '../../lib/model/types.js';

/** A policy that selects every pod, enforces `d`, and allows nothing in that direction. */
export function deniesAll(policy: Resource, d: Direction): boolean {
  const spec = Field.of(policy, 'spec');
  if (!isEmptySelector(spec.get('podSelector').value) || !policyDirections(policy).has(d)) return false;
  const rules = spec.get(d).value;
  return rules === undefined || rules === null || (Array.isArray(rules) && rules.length === 0);
}

export default defineRule<NamespaceTarget>({
  id: 'namespace-default-deny-missing',
  title: 'Every namespace has a default-deny NetworkPolicy for ingress and egress',
  assessment: 'automated',
  notes:
    'A default deny for a direction is a policy with an empty podSelector that enforces the direction and has no rules for it; ingress and ' +
    'egress may be denied by one policy or two. Namespaces without workloads in the input are not applicable.',
  severity: 'medium',
  scope: { namespace: true },
  frameworks: { mitreAttack: ['T1046', 'T1021'] },
  rationale: 'Without a default deny every new workload starts reachable and unrestricted until someone remembers to write its policy; with one, forgetting a policy fails closed.',
  remediation: 'Add a NetworkPolicy with podSelector: {} and policyTypes: [Ingress, Egress] and no rules to the namespace, then add allow policies for the flows each workload needs.',

  evaluate(ns, ctx) {
    const inNs = ctx.index.inNamespace(ns.name);
    const workloads = inNs.filter((r) => WORKLOAD_KINDS.includes(r.kind));
    if (workloads.length === 0) return notApplicable(`namespace "${ns.name}" has no workloads in the input`);
    const policies = inNs.filter((r) => r.kind === 'NetworkPolicy');
    const missing = DIRECTIONS.filter((d) => !policies.some((p) => deniesAll(p, d)));
    const at = ns.resource?.loc ?? policies[0]?.loc ?? workloads[0].loc;
    if (missing.length === 0) return pass(at, `namespace "${ns.name}" denies ingress and egress by default`);
    return fail(at, `namespace "${ns.name}" has no default-deny NetworkPolicy for ${missing.join(' or ')}`);
  },
});
