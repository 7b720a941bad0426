// The API server must authenticate to etcd with a client certificate.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-etcd-client-cert',
  title: 'API server authenticates to etcd with a client certificate',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'etcd holds every object of the cluster, secrets included; it should only serve clients that prove who they are.',
  remediation: 'Set --etcd-certfile and --etcd-keyfile on the API server to a client certificate and key signed by the etcd CA.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'etcd-certfile'), flagSetting(v, 'etcd-keyfile')], v)),
});
