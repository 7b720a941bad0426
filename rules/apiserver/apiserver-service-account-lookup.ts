// Service account tokens must be checked against etcd (--service-account-lookup defaults to true).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-service-account-lookup',
  title: 'API server checks that service account tokens still exist',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Without the lookup, a token stays valid after its service account or secret has been deleted, until it expires.',
  remediation: 'Remove --service-account-lookup=false from the API server, or set it to true.',

  evaluate: onComponent('apiserver', (v) => checkBool(flagSetting(v, 'service-account-lookup', { default: 'true' }), true)),
});
