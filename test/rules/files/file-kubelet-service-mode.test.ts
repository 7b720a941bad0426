// file-kubelet-service-mode
import rule from '../../../rules/files/file-kubelet-service-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-unit-and-drop-in-600', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'all 2 kubelet unit files comply' }] },
  { fixture: 'fail-drop-in-644', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:4:1', has: 'mode 0644' }] },
  { fixture: 'not-applicable-no-unit-files', want: [{ node: 'worker-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
  { fixture: 'error-not-collected', want: [{ node: 'worker-1', status: 'error', has: 'kubelet\'s systemd unit files are missing from the bundle' }] },
  { fixture: 'manual-api-only', want: [{ node: 'managed-1', status: 'manual' }] },
]);
