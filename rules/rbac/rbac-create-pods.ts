// Bindings should not let subjects create Pods unless they need to.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-create-pods',
  title: 'Creating Pods is granted only where needed',
  assessment: 'manual',
  notes: `${BINDING_RULE_NOTES} Only the pods resource is checked; creating workload controllers (Deployments, Jobs, ...) also starts Pods and is left to review.`,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1610'] },
  rationale: 'Whoever can create a Pod can run it as any service account of the namespace and mount any Secret there, which reaches far beyond the create right itself.',
  remediation: 'Remove create on pods from roles that do not need it, deploy through a controller or CI identity that does, and keep any such grant namespaced with a RoleBinding.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, {
      what: 'creating Pods',
      permissions: [{ verbs: ['create'], group: '', resource: 'pods' }],
    }),
});
