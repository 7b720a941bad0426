// The authorizer chain must contain the Node authorizer.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkAuthorizer } from '../../lib/rule/apiserver-auth.js';

export default defineRule({
  id: 'apiserver-authorization-node',
  title: 'API server uses the Node authorizer',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'The Node authorizer restricts each kubelet to the objects of its own pods; without it kubelets need broad RBAC rights.',
  remediation: 'Add Node to --authorization-mode (or a Node authorizer to the --authorization-config file) on the API server.',

  evaluate: onComponent('apiserver', (v) => checkAuthorizer(v, 'Node', true)),
});
