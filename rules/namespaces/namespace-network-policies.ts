// Every pod of a namespace must be selected by NetworkPolicies for both ingress and egress.
import { defineRule, pass, fail, manual, notApplicable } from '../../lib/rule/define.js';
import { directionCoverage, DIRECTIONS, labelsOf } from '../../lib/rule/network-policy.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import type { NamespaceTarget } from '../../lib/rule/types.js';
import { podMetaOf, podSpecOf, quoteList } from '../../lib/rule/workload.js';
import { Field } from '../../lib/rule/field.js';
import type { Loc } from '../../lib/model/types.js';

/** Namespaces that hold no pods by design (Leases, the public cluster-info ConfigMap). */
const PODLESS_SYSTEM = new Set(['kube-node-lease', 'kube-public']);

export default defineRule<NamespaceTarget>({
  id: 'namespace-network-policies',
  title: 'Every namespace isolates its pods with NetworkPolicies for ingress and egress',
  assessment: 'manual',
  notes:
    'A direction is covered for a pod when a NetworkPolicy of the namespace selects its labels with that policy type ' +
    '(policyTypes, or Ingress plus Egress when egress rules exist) and no such policy has an allow-all rule. Pods are ' +
    'the pod templates of the workloads in the input; hostNetwork pods are skipped because NetworkPolicy does not ' +
    'apply to them. Without workloads, only policies with an empty podSelector prove coverage. kube-system is judged ' +
    'like any namespace; kube-public and kube-node-lease are not applicable while they hold no pods.',
  severity: 'medium',
  scope: { namespace: true },
  frameworks: { mitreAttack: ['T1046', 'T1021'] },
  rationale: 'Without a NetworkPolicy every pod accepts traffic from, and can reach, every other pod in the cluster, so one compromised pod can probe them all.',
  remediation: 'Add a default-deny NetworkPolicy (podSelector: {}, policyTypes: [Ingress, Egress]) to each namespace, then allow the flows each workload needs, including DNS egress.',

  evaluate(ns, ctx) {
    const inNs = ctx.index.inNamespace(ns.name);
    const policies = inNs.filter((r) => r.kind === 'NetworkPolicy');
    const workloads = inNs.filter((r) => {
      if (!WORKLOAD_KINDS.includes(r.kind)) return false;
      const owner = ctx.index.ownerInInput(r);
      return !(owner && WORKLOAD_KINDS.includes(owner.kind));
    });
    if (workloads.length === 0 && PODLESS_SYSTEM.has(ns.name)) {
      return notApplicable(`namespace "${ns.name}" holds no pods by design and none are in the input`);
    }
    const isolated = workloads.filter((w) => podSpecOf(w).get('hostNetwork').value !== true);
    // Point at the Namespace object when the input has it, else at the first problem: the uncovered pod template, the
    // allow-all rule, or the policy that lacks the direction (what to edit in rendered Helm output).
    let firstProblem: Loc | undefined;
    const problemAt = (l: Loc) => (firstProblem ??= l);
    const at = () => ns.resource?.loc ?? firstProblem ?? isolated[0]?.loc ?? inNs[0].loc;
    const skipped = workloads.length - isolated.length;
    const note = skipped ? ` (${skipped} hostNetwork ${skipped === 1 ? 'workload is' : 'workloads are'} outside NetworkPolicy)` : '';
    if (policies.length === 0) return fail(at(), `namespace "${ns.name}" has no NetworkPolicy: ingress and egress are open for every pod${note}`);

    const problems: string[] = [];
    let undetermined = false;
    for (const dir of DIRECTIONS) {
      const c = directionCoverage(policies, isolated, dir, (w) => labelsOf(podMetaOf(w).get('labels')));
      if (c.unrestricted) {
        problems.push(`no NetworkPolicy restricts ${dir}`);
        const spec = Field.of(policies[0], 'spec');
        problemAt((spec.get('policyTypes').exists ? spec.get('policyTypes') : spec).loc);
        continue;
      }
      if (c.uncovered.length) {
        problems.push(`${dir} not restricted for ${c.uncovered.map((w) => `${w.kind} "${w.name}"`).join(', ')}`);
        problemAt(c.uncovered[0].loc);
      }
      if (c.openedBy.length) {
        problems.push(`${dir} open to all through NetworkPolicy ${quoteList(c.openedBy.map((o) => o.policy.name).sort())}`);
        problemAt(c.openedBy[0].rule.loc);
      }
      undetermined ||= c.undetermined;
    }
    if (problems.length) return fail(at(), `namespace "${ns.name}": ${problems.join('; ')}`);
    if (undetermined) {
      return manual(`NetworkPolicies in namespace "${ns.name}" select pods by label, but the input has no pods there that NetworkPolicy applies to`, at());
    }
    return pass(at(), isolated.length
      ? `NetworkPolicies select every pod of namespace "${ns.name}" for ingress and egress${note}`
      : `NetworkPolicies with an empty podSelector cover ingress and egress in namespace "${ns.name}"${note}`);
  },
});
