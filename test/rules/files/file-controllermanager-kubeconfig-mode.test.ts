// file-controllermanager-kubeconfig-mode
import rule from '../../../rules/files/file-controllermanager-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-600', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by --kubeconfig of the controller manager' }] },
  { fixture: 'fail-644', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'mode 0644' }] },
  { fixture: 'fail-custom-path-from-flag', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'mode 0640' }] },
  { fixture: 'pass-kubeadm-default-without-flag', want: [{ node: 'cp-1', status: 'pass', has: 'kubeadm\'s default, as the controller manager has no --kubeconfig' }] },
  { fixture: 'not-applicable-not-running', want: [{ node: 'cp-1', status: 'not-applicable', has: 'the controller manager does not run on node "cp-1"' }] },
]);
