// file-etcd-data-dir-mode
import rule from '../../../rules/files/file-etcd-data-dir-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-700', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by --data-dir of etcd' }] },
  { fixture: 'fail-755', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'mode 0755, more permissive than 0700' }] },
  { fixture: 'pass-data-dir-from-environment', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by ETCD_DATA_DIR in etcd\'s environment' }] },
  { fixture: 'pass-kubeadm-default-without-flag', want: [{ node: 'cp-1', status: 'pass', has: 'kubeadm\'s etcd data folder, as etcd has no --data-dir' }] },
  { fixture: 'not-applicable-external-etcd', want: [{ node: 'cp-1', status: 'not-applicable', has: 'etcd does not run on node "cp-1"' }] },
  { fixture: 'error-named-folder-missing', want: [{ node: 'cp-1', status: 'error', at: 'stats.tsv:2:1', has: 'does not exist on the node' }] },
]);
