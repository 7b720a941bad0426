// Bindings should not let subjects create or change admission webhook configurations.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding, type Permission } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

const WRITE = ['create', 'update', 'patch', 'delete', 'deletecollection'];
const PERMISSIONS: readonly Permission[] = ['validatingwebhookconfigurations', 'mutatingwebhookconfigurations'].map((resource) => ({
  verbs: WRITE, group: 'admissionregistration.k8s.io', resource, clusterScoped: true,
}));

export default defineRule<Resource>({
  id: 'rbac-webhook-configurations',
  title: 'Changing admission webhook configurations is granted only where needed',
  assessment: 'manual',
  notes: `${BINDING_RULE_NOTES} Write verbs (create, update, patch, delete, deletecollection) count; reading them is harmless. Webhook configurations are cluster-scoped, so only ClusterRoleBindings can grant this.`,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1098'] },
  rationale: 'An admission webhook sees and can rewrite every object sent to the API server, and deleting one switches off the policy it enforces.',
  remediation: 'Remove write access to validatingwebhookconfigurations and mutatingwebhookconfigurations from every role except those of the operators that own the webhooks, and limit those by resourceNames.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, { what: 'changing webhook configurations', permissions: PERMISSIONS }),
});
