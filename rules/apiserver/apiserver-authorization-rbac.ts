// The authorizer chain must contain the RBAC authorizer.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkAuthorizer } from '../../lib/rule/apiserver-auth.js';

export default defineRule({
  id: 'apiserver-authorization-rbac',
  title: 'API server uses RBAC authorization',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'RBAC grants each user and service account only the permissions bound to it; without it access is all-or-nothing or external.',
  remediation: 'Add RBAC to --authorization-mode (or an RBAC authorizer to the --authorization-config file) on the API server.',

  evaluate: onComponent('apiserver', (v) => checkAuthorizer(v, 'RBAC', true)),
});
