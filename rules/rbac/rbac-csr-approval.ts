// Bindings should not let subjects approve certificate signing requests.
import { defineRule } from '../../lib/rule/define.js';
import { BINDING_RULE_NOTES, judgeBinding } from '../../lib/rule/rbac.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'rbac-csr-approval',
  title: 'Approving certificate signing requests is granted only where needed',
  assessment: 'manual',
  notes: `${BINDING_RULE_NOTES} update or patch on certificatesigningrequests/approval counts (approving also needs approve on the signer, which is left to review). CSRs are cluster-scoped, so only ClusterRoleBindings can grant this.`,
  severity: 'high',
  scope: { resource: ['ClusterRoleBinding', 'RoleBinding'] },
  frameworks: { mitreAttack: ['T1649'] },
  rationale: 'Whoever approves a certificate signing request can issue a client certificate for any user or group, including ones with full rights.',
  remediation: 'Remove update and patch on certificatesigningrequests/approval from roles other than the certificate controllers; automate node certificate approval with the built-in approver instead of broad human access.',

  evaluate: (binding, ctx) =>
    judgeBinding(binding, ctx.index, {
      what: 'approving certificate signing requests',
      permissions: [{
        verbs: ['update', 'patch'], group: 'certificates.k8s.io', resource: 'certificatesigningrequests', subresource: 'approval', clusterScoped: true,
      }],
    }),
});
