// file-cni-config-mode
import rule from '../../../rules/files/file-cni-config-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-all-files-600', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:3:1', has: 'all 3 CNI files comply' }] },
  { fixture: 'fail-conflist-644', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:3:1', has: '1 of 3 CNI files fail: "/etc/cni/net.d/10-calico.conflist" has mode 0644' }] },
  { fixture: 'not-applicable-no-cni-folders', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
  { fixture: 'error-folder-not-collected', want: [{ node: 'cp-1', status: 'error', has: 'the stat of folder "/etc/cni/net.d"' }] },
  { fixture: 'manual-api-only', want: [{ node: 'cp-managed', status: 'manual' }] },
]);
