// etcd must require client certificates (--client-cert-auth, default false).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool } from '../../lib/rule/component.js';
import { onEtcd } from '../../lib/rule/etcd.js';

export default defineRule({
  id: 'etcd-client-cert-auth',
  title: 'etcd requires client certificates',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without client certificate authentication anyone who can reach etcd can read and write the whole cluster state.',
  remediation: 'Set --client-cert-auth=true on etcd, with --trusted-ca-file naming the CA that signs its clients\' certificates.',

  evaluate: onEtcd((e) => checkBool(e.get('client-cert-auth'), true)),
});
