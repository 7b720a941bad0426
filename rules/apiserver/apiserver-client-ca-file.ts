// The API server must be able to verify client certificates.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-client-ca-file',
  title: 'API server verifies client certificates against a CA',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Kubelets, controllers and administrators authenticate with client certificates; without a client CA the API server cannot verify them.',
  remediation: 'Set --client-ca-file on the API server to the cluster CA certificate.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'client-ca-file')], v)),
});
