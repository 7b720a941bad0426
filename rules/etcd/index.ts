// etcd rules (CIS 2), sorted by id.
import type { Rule } from '../../lib/rule/types.js';
import etcdAutoTls from './etcd-auto-tls.js';
import etcdClientCertAuth from './etcd-client-cert-auth.js';
import etcdPeerAutoTls from './etcd-peer-auto-tls.js';
import etcdPeerClientCertAuth from './etcd-peer-client-cert-auth.js';
import etcdPeerTlsCert from './etcd-peer-tls-cert.js';
import etcdTlsCert from './etcd-tls-cert.js';
import etcdUniqueCa from './etcd-unique-ca.js';

export const etcdRules: Readonly<Record<string, Rule>> = {
  'etcd-auto-tls': etcdAutoTls,
  'etcd-client-cert-auth': etcdClientCertAuth,
  'etcd-peer-auto-tls': etcdPeerAutoTls,
  'etcd-peer-client-cert-auth': etcdPeerClientCertAuth,
  'etcd-peer-tls-cert': etcdPeerTlsCert,
  'etcd-tls-cert': etcdTlsCert,
  'etcd-unique-ca': etcdUniqueCa,
};
