// ocp-file-etcd-data-dir-owner: etcd member folder is owned by etcd:etcd
import rule from '../../../rules/openshift/ocp-file-etcd-data-dir-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'fail-root-as-openshift-ships-it', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:54:1', has: '"/var/lib/etcd/member" is owned by root:root, not etcd:etcd' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-etcd-user', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'etcd\'s member folder: "/var/lib/etcd/member" has owner etcd:etcd' }] },
]);
