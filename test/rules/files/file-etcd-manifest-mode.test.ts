// file-etcd-manifest-mode
import rule from '../../../rules/files/file-etcd-manifest-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-mode-600', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/manifests/etcd.yaml" has mode 0600' }] },
  { fixture: 'fail-mode-644', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:3:1', has: '"/etc/kubernetes/manifests/etcd.yaml" has mode 0644, more permissive than 0600' }] },
  { fixture: 'not-applicable-no-manifest', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:3:1', has: 'does not exist on the node' }] },
]);
