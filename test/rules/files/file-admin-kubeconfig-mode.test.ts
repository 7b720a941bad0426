// file-admin-kubeconfig-mode
import rule from '../../../rules/files/file-admin-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-both-600-v1.31', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: '"/etc/kubernetes/super-admin.conf" has mode 0600' }] },
  { fixture: 'pass-admin-only-v1.28', want: [{ node: 'cp-1', status: 'pass' }] },
  { fixture: 'fail-super-admin-644', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:3:1', has: 'super-admin kubeconfig' }] },
  { fixture: 'not-applicable-none', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
  { fixture: 'error-admin-conf-not-collected', want: [{ node: 'cp-1', status: 'error', has: '"/etc/kubernetes/admin.conf"' }] },
]);
