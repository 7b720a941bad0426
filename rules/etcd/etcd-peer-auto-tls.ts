// etcd must not use self-signed automatic peer TLS (--peer-auto-tls, default false).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool } from '../../lib/rule/component.js';
import { onEtcd } from '../../lib/rule/etcd.js';

export default defineRule({
  id: 'etcd-peer-auto-tls',
  title: 'etcd peers do not use self-signed certificates',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Automatically generated peer certificates are self-signed, so members cannot verify each other.',
  remediation: 'Remove --peer-auto-tls (or set it to false) on every etcd member and configure --peer-cert-file and --peer-key-file.',

  evaluate: onEtcd((e) => checkBool(e.get('peer-auto-tls'), false)),
});
