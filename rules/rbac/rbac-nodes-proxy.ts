// Bindings should not grant the nodes/proxy subresource, which reaches the kubelet API directly.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-nodes-proxy',
  title: 'Access to the nodes/proxy subresource is granted only where needed',
  assessment: 'manual',
  notes: `${BINDING_RULE_NOTES} Any verb on nodes/proxy counts. Nodes are cluster-scoped, so only ClusterRoleBindings can grant this.`,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1609'] },
  rationale: 'nodes/proxy forwards requests to the kubelet API, which can run commands in any pod on the node without passing through admission control or the API server\'s audit of exec.',
  remediation: 'Remove nodes/proxy from roles; monitoring agents can read metrics through nodes/metrics or nodes/stats instead, and debugging should go through the API server\'s exec and logs.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, {
      what: 'nodes/proxy',
      permissions: [{ verbs: '*', group: '', resource: 'nodes', subresource: 'proxy', clusterScoped: true }],
    }),
});
