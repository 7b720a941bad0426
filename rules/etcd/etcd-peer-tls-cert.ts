// etcd members must talk to each other over TLS: peer cert and key set and no plain http:// peer URL.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet } from '../../lib/rule/component.js';
import { checkTlsUrls, onEtcd } from '../../lib/rule/etcd.js';

export default defineRule({
  id: 'etcd-peer-tls-cert',
  title: 'etcd peers communicate over TLS',
  assessment: 'automated',
  notes: 'The benchmark treats this as not applicable to a single-member etcd; member count cannot be told reliably from one node (the first member keeps its original --initial-cluster), so unset peer TLS fails. A plain http:// entry in --listen-peer-urls (default http://localhost:2380) fails too.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Peer traffic carries every write of the cluster; without TLS it can be read and altered on the network.',
  remediation: 'Set --peer-cert-file and --peer-key-file on every etcd member and use only https:// URLs in --listen-peer-urls.',

  evaluate: onEtcd((e, v) => {
    const set = checkSet([e.get('peer-cert-file'), e.get('peer-key-file')], v);
    return set.status === 'pass' ? (checkTlsUrls(e.get('listen-peer-urls')) ?? set) : set;
  }),
});
