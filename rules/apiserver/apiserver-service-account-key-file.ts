// The API server must be given the public key(s) that verify service account tokens.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-service-account-key-file',
  title: 'API server has an explicit service account verification key',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'An explicit key file lets the signing key be rotated independently of the serving certificate key, which is what the API server falls back to.',
  remediation: 'Set --service-account-key-file on the API server to the public key matching the controller manager\'s --service-account-private-key-file.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'service-account-key-file')], v)),
});
