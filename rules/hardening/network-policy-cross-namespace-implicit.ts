// Traffic from other namespaces reaches a pod only through a rule that names where it comes from.
import { defineRule, fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { directionCoverage, labelsOf } from '../../lib/rule/network-policy.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';
import { podMetaOf, podSpecOf } from '../../lib/rule/workload.js';

export default defineRule<NamespaceTarget>({
  id: 'network-policy-cross-namespace-implicit',
  title: 'Pods accept traffic from other namespaces only through explicit rules',
  assessment: 'automated',
  notes:
    'Ingress only. A pod template is open to every namespace when no ingress policy selects it, or when a policy that selects it has an ' +
    'ingress rule without peers (from absent or empty), which admits every source. hostNetwork pods are outside NetworkPolicy and skipped. ' +
    'Without workloads in the input the result is not applicable (or manual when policies select pods by label).',
  severity: 'medium',
  scope: { namespace: true },
  frameworks: { mitreAttack: ['T1021', 'T1210'] },
  rationale: 'Pods are reachable from every namespace unless a policy says otherwise, so a compromised workload in any other team\'s namespace can reach them without anyone having decided it should.',
  remediation: 'Select every pod with an ingress policy, and write rules whose from entries name the namespaces (namespaceSelector with a label) and pods that need access.',

  evaluate(ns, ctx) {
    const inNs = ctx.index.inNamespace(ns.name);
    const pods = inNs.filter((r) => {
      if (!WORKLOAD_KINDS.includes(r.kind)) return false;
      const owner = ctx.index.ownerInInput(r);
      return !(owner && WORKLOAD_KINDS.includes(owner.kind)) && podSpecOf(r).get('hostNetwork').value !== true;
    });
    if (pods.length === 0) return notApplicable(`namespace "${ns.name}" has no workloads that NetworkPolicy applies to in the input`);
    const policies = inNs.filter((r) => r.kind === 'NetworkPolicy');
    const c = directionCoverage(policies, pods, 'ingress', (w) => labelsOf(podMetaOf(w).get('labels')));
    const open = c.unrestricted ? pods : c.uncovered;
    if (open.length > 0) {
      return fail(open[0].loc, `${open.map((w) => `${w.kind} "${w.name}"`).join(', ')} in namespace "${ns.name}" ${open.length === 1 ? 'accepts' : 'accept'} traffic from every namespace: no ingress NetworkPolicy selects ${open.length === 1 ? 'it' : 'them'}`);
    }
    if (c.openedBy.length > 0) {
      const o = c.openedBy[0];
      return fail(o.rule, `NetworkPolicy "${o.policy.name}" has an ingress rule without peers, which admits traffic from every namespace`);
    }
    if (c.undetermined) return manual(`ingress policies in namespace "${ns.name}" select pods by label that the input does not show`, policies[0].loc);
    return pass(ns.resource?.loc ?? pods[0].loc, `every pod of namespace "${ns.name}" admits ingress only through rules with peers`);
  },
});
