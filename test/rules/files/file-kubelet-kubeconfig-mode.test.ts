// file-kubelet-kubeconfig-mode
import rule from '../../../rules/files/file-kubelet-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-600', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by the kubelet\'s --kubeconfig' }] },
  { fixture: 'fail-644', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1' }] },
  { fixture: 'not-applicable-standalone-kubelet', want: [{ node: 'worker-1', status: 'not-applicable', at: 'stats.tsv:2:1', has: 'kubeadm\'s default, as the kubelet has no --kubeconfig' }] },
  { fixture: 'error-named-kubeconfig-missing', want: [{ node: 'worker-1', status: 'error', at: 'stats.tsv:2:1', has: 'does not exist on the node' }] },
  { fixture: 'manual-api-only', want: [{ node: 'managed-1', status: 'manual' }] },
]);
