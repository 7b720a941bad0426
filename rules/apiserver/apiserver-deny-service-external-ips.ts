// The DenyServiceExternalIPs admission plugin (off by default) must be on.
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkPlugin } from '../../lib/rule/admission-plugins.js';

export default defineRule({
  id: 'apiserver-deny-service-external-ips',
  title: 'API server rejects new Service external IPs',
  assessment: 'manual',
  notes: 'The benchmark marks this Manual because some clusters need externalIPs; the plugin state is read from the data.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Anyone who can create a Service with externalIPs can intercept traffic meant for those addresses (CVE-2020-8554).',
  remediation: 'Add DenyServiceExternalIPs to --enable-admission-plugins on the API server, unless Services genuinely need externalIPs.',

  evaluate: onComponent('apiserver', (v) => checkPlugin(v, 'DenyServiceExternalIPs', true)),
});
