// The EventRateLimit admission plugin (off by default) must be on.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-admission-event-rate-limit',
  title: 'API server rate-limits events',
  assessment: 'manual',
  notes: 'The benchmark marks this Manual because limits must be tuned; the plugin state is read from the data.',
  severity: 'low',
  scope: { node: ['control-plane'] },
  rationale: 'Without a limit, a misbehaving or hostile client can flood the API server and etcd with events.',
  remediation: 'Add EventRateLimit to --enable-admission-plugins and give its limits in the file named by --admission-control-config-file.',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'EventRateLimit', true)),
});
