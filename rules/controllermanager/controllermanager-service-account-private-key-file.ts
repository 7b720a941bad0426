// The controller manager must sign service account tokens with a configured private key.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'controllermanager-service-account-private-key-file',
  title: 'Controller manager has a service account signing key',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'An explicit signing key makes token signing keys rotatable and matching the API server\'s verification keys.',
  remediation: 'Set --service-account-private-key-file on the controller manager to the private key whose public half the API server lists in --service-account-key-file.',

  evaluate: onComponent('controllermanager', (v) => checkSet([flagSetting(v, 'service-account-private-key-file')], v)),
});
