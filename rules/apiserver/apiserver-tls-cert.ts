// The API server must serve TLS with a configured certificate and key.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-tls-cert',
  title: 'API server serves TLS with a configured certificate',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without a configured certificate the API server generates a self-signed one, which clients cannot verify.',
  remediation: 'Set --tls-cert-file and --tls-private-key-file on the API server to a certificate signed by the cluster CA and its key.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'tls-cert-file'), flagSetting(v, 'tls-private-key-file')], v)),
});
