// etcd must serve clients over TLS: cert and key set (flag, else ETCD_* variable, or config file) and no plain http:// client URL.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet } from '../../lib/rule/component.js';
import { checkTlsUrls, onEtcd } from '../../lib/rule/etcd.js';

export default defineRule({
  id: 'etcd-tls-cert',
  title: 'etcd serves clients over TLS',
  assessment: 'automated',
  notes: 'Besides the certificate and key, a plain http:// entry in --listen-client-urls (whose default is http://localhost:2379) fails, since clients can then reach etcd unencrypted.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'etcd holds every cluster object, secrets included; without TLS its traffic can be read and altered on the network.',
  remediation: 'Set --cert-file and --key-file on etcd to its serving certificate and key, and use only https:// URLs in --listen-client-urls.',

  evaluate: onEtcd((e, v) => {
    const set = checkSet([e.get('cert-file'), e.get('key-file')], v);
    return set.status === 'pass' ? (checkTlsUrls(e.get('listen-client-urls')) ?? set) : set;
  }),
});
