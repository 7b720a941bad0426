// The AlwaysAdmit admission plugin (off by default, deprecated) must not be on.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-admission-always-admit',
  title: 'API server does not use the AlwaysAdmit admission plugin',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'AlwaysAdmit lets every request through admission, whatever the other plugins would say.',
  remediation: 'Remove AlwaysAdmit from --enable-admission-plugins (or --admission-control) on the API server.',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'AlwaysAdmit', false)),
});
