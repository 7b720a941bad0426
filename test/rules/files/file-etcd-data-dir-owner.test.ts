// file-etcd-data-dir-owner
import rule from '../../../rules/files/file-etcd-data-dir-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-etcd-owned', want: [{ node: 'cp-1', status: 'pass', has: 'owner etcd:etcd' }] },
  { fixture: 'fail-root-owned-kubeadm', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'is owned by root:root, not etcd:etcd' }] },
  { fixture: 'manual-owner-names-unknown', want: [{ node: 'cp-1', status: 'manual', at: 'stats.tsv:2:1', has: 'the node\'s account names were not collected' }] },
]);
