// The API server must write an audit log.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-audit-log-path',
  title: 'API server writes an audit log',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without an audit log there is no record of who did what through the API, so incidents cannot be investigated.',
  remediation: 'Set --audit-log-path on the API server to a file on a persistent volume (together with --audit-policy-file).',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'audit-log-path')], v)),
});
