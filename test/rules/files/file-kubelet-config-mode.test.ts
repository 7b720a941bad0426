// file-kubelet-config-mode
import rule from '../../../rules/files/file-kubelet-config-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-600', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1' }] },
  { fixture: 'fail-644', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1', has: 'the kubelet\'s config file' }] },
  { fixture: 'not-applicable-no-config-flag', want: [{ node: 'worker-1', status: 'not-applicable', has: 'runs without a config file' }] },
  { fixture: 'error-config-file-missing', want: [{ node: 'worker-1', status: 'error', at: 'stats.tsv:2:1' }] },
]);
