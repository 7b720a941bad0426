// The API server must verify etcd's serving certificate.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-etcd-cafile',
  title: 'API server verifies the etcd serving certificate',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without the etcd CA the API server cannot tell the real etcd from an impostor that would receive every write.',
  remediation: 'Set --etcd-cafile on the API server to the CA certificate that signs the etcd serving certificates.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'etcd-cafile')], v)),
});
