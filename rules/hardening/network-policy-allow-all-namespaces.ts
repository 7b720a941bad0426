// NetworkPolicy peers must not select every namespace (an empty namespaceSelector).
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { isEmptySelector, policyDirections } from '../../lib/rule/network-policy.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'network-policy-allow-all-namespaces',
  title: 'NetworkPolicies do not allow traffic from or to every namespace',
  assessment: 'automated',
  notes:
    'A peer with namespaceSelector: {} matches every namespace, present and future. With no podSelector (or an empty one) it admits every ' +
    'pod of the cluster; with a podSelector it admits pods carrying those labels in any namespace, labels that anyone able to create a pod ' +
    'anywhere can set. Only directions the policy actually enforces are judged.',
  severity: 'medium',
  scope: { resource: ['NetworkPolicy'] },
  frameworks: { mitreAttack: ['T1021'] },
  rationale: 'An empty namespaceSelector turns a namespace boundary into a label check that any tenant controls, so isolation between teams or environments is gone.',
  remediation: 'Select the namespaces that need access by label (e.g. kubernetes.io/metadata.name: monitoring) instead of namespaceSelector: {}.',

  evaluate(policy) {
    const found: { at: Field; direction: string; anyPod: boolean }[] = [];
    for (const direction of policyDirections(policy)) {
      const peers = direction === 'ingress' ? 'from' : 'to';
      for (const rule of Field.of(policy, 'spec', direction).items()) {
        for (const peer of rule.get(peers).items()) {
          const ns = peer.get('namespaceSelector');
          if (!ns.exists || !isEmptySelector(ns.value)) continue;
          found.push({ at: ns, direction, anyPod: isEmptySelector(peer.get('podSelector').value) });
        }
      }
    }
    if (found.length === 0) return pass(policy.loc, 'no peer selects every namespace');
    const f = found[0];
    const what = f.anyPod ? 'every pod in every namespace' : 'pods with the selected labels in any namespace';
    return fail(f.at, `NetworkPolicy "${policy.name}" allows ${f.direction} ${f.direction === 'ingress' ? 'from' : 'to'} ${what} (namespaceSelector: {})`);
  },
});
