// The ServiceAccount admission plugin (on by default) must not be turned off.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-admission-service-account',
  title: 'API server keeps the ServiceAccount admission plugin',
  assessment: 'automated',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The plugin gives every pod a service account and checks the ones named, so pods cannot borrow accounts that do not exist.',
  remediation: 'Remove ServiceAccount from --disable-admission-plugins (and include it if --admission-control is used).',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'ServiceAccount', true)),
});
