// ocp-file-etcd-data-dir-mode: etcd member folder is mode 700 or stricter
import rule from '../../../rules/openshift/ocp-file-etcd-data-dir-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'openshift', [
  { fixture: 'error-not-collected', want: [{ node: 'master-0.prod-east.example.com', status: 'error', has: 'the stat of etcd\'s member folder "/var/lib/etcd/member"' }] },
  { fixture: 'fail-0755', want: [{ node: 'master-0.prod-east.example.com', status: 'fail', at: 'stats.tsv:54:1', has: '"/var/lib/etcd/member" has mode 0755, more permissive than 0700' }] },
  { fixture: 'manual-api-only', want: [{ node: 'master-0.prod-east.example.com', status: 'manual', has: 'file modes and owners on node "master-0.prod-east.example.com" were not collected' }] },
  { fixture: 'pass-0700', want: [{ node: 'master-0.prod-east.example.com', status: 'pass', has: 'etcd\'s member folder: "/var/lib/etcd/member" has mode 0700' }] },
]);
