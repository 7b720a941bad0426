// etcd must not use self-signed automatic client TLS (--auto-tls, default false).
import { defineRule } from '../../lib/rule/define.js';
import { checkBool } from '../../lib/rule/component.js';
import { onEtcd } from '../../lib/rule/etcd.js';

export default defineRule({
  id: 'etcd-auto-tls',
  title: 'etcd does not use self-signed client certificates',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Automatically generated certificates are self-signed, so clients cannot verify they are talking to the real etcd.',
  remediation: 'Remove --auto-tls (or set it to false) on etcd and configure --cert-file and --key-file.',

  evaluate: onEtcd((e) => checkBool(e.get('auto-tls'), false)),
});
