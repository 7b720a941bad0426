// A namespace that uses NetworkPolicies must restrict egress too, not only ingress.
import { defineRule, fail, notApplicable, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { policyDirections } from '../../lib/rule/network-policy.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';

export default defineRule<NamespaceTarget>({
  id: 'namespace-egress-policy-missing',
  title: 'Namespaces with NetworkPolicies also restrict egress',
  assessment: 'automated',
  notes:
    'A policy restricts egress when policyTypes lists Egress, or, without policyTypes, when it has egress rules (the API server\'s default). ' +
    'Namespaces without any NetworkPolicy are not applicable here: namespace-default-deny-missing and the CIS control report them.',
  severity: 'medium',
  scope: { namespace: true },
  frameworks: { mitreAttack: ['T1041', 'T1071'] },
  rationale: 'Ingress-only isolation still lets a compromised pod reach every other service, the cloud metadata endpoint and the internet, which is how data leaves and attacks spread.',
  remediation: 'Add an egress policy to the namespace (policyTypes: [Egress] with podSelector: {}) that allows DNS and the destinations each workload needs.',

  evaluate(ns, ctx) {
    const policies = ctx.index.inNamespace(ns.name).filter((r) => r.kind === 'NetworkPolicy');
    if (policies.length === 0) return notApplicable(`namespace "${ns.name}" has no NetworkPolicy`);
    if (policies.some((p) => policyDirections(p).has('egress'))) return pass(ns.resource?.loc ?? policies[0].loc, `NetworkPolicies in namespace "${ns.name}" restrict egress`);
    const spec = Field.of(policies[0], 'spec');
    const at = spec.get('policyTypes').exists ? spec.get('policyTypes') : spec.exists ? spec : Field.of(policies[0]);
    return fail(at, `namespace "${ns.name}" has only ingress NetworkPolicies (${policies.map((p) => `"${p.name}"`).join(', ')}); egress is open for every pod`);
  },
});
