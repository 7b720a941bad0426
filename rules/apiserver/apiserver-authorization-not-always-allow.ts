// The authorizer chain must not contain AlwaysAllow (the default when no mode or config is given).
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkAuthorizer } from '../../lib/rule/apiserver-auth.js';

export default defineRule({
  id: 'apiserver-authorization-not-always-allow',
  title: 'API server does not authorize every request',
  assessment: 'automated',
  severity: 'critical',
  scope: { node: ['control-plane'] },
  rationale: 'With AlwaysAllow in the chain every authenticated (and, with anonymous auth, unauthenticated) request is allowed.',
  remediation: 'Set --authorization-mode=Node,RBAC (or list Node and RBAC authorizers in the --authorization-config file) and remove AlwaysAllow.',

  evaluate: onComponent('apiserver', (v) => checkAuthorizer(v, 'AlwaysAllow', false)),
});
