// Service account token secrets must carry the cluster root CA (--root-ca-file).
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'controllermanager-root-ca-file',
  title: 'Controller manager publishes the cluster root CA to pods',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Pods need the root CA to verify the API server\'s certificate; without it they may skip verification and be open to interception.',
  remediation: 'Set --root-ca-file on the controller manager to the cluster CA certificate.',

  evaluate: onComponent('controllermanager', (v) => checkSet([flagSetting(v, 'root-ca-file')], v)),
});
