// Bindings should not let subjects mint tokens for service accounts (create on serviceaccounts/token).
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-service-account-token-create',
  title: 'Creating service account tokens is granted only where needed',
  assessment: 'manual',
  notes: BINDING_RULE_NOTES,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1528'] },
  rationale: 'create on serviceaccounts/token issues a token for a service account, so the holder can act with that account\'s rights.',
  remediation: 'Remove create on serviceaccounts/token from roles that do not issue tokens, and where one is needed limit it by resourceNames to the accounts concerned.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, {
      what: 'creating service account tokens',
      permissions: [{ verbs: ['create'], group: '', resource: 'serviceaccounts', subresource: 'token' }],
    }),
});
