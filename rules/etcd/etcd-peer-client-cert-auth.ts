// etcd members must authenticate each other with certificates (--peer-client-cert-auth, default false).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool } from '../../lib/rule/component.js';
import { onEtcd } from '../../lib/rule/etcd.js';

export default defineRule({
  id: 'etcd-peer-client-cert-auth',
  title: 'etcd peers authenticate with certificates',
  assessment: 'automated',
  notes: 'The benchmark treats this as not applicable to a single-member etcd, which cannot be told reliably from one node.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without peer certificate authentication any host that reaches the peer port can join or impersonate a member.',
  remediation: 'Set --peer-client-cert-auth=true on every etcd member, with --peer-trusted-ca-file naming the peer CA.',

  evaluate: onEtcd((e) => checkBool(e.get('peer-client-cert-auth'), true)),
});
