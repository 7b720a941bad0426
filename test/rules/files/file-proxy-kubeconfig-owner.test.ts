// file-proxy-kubeconfig-owner
import rule from '../../../rules/files/file-proxy-kubeconfig-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-host-kube-proxy', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'owner root:root' }] },
  { fixture: 'fail-host-kube-proxy', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1' }] },
  { fixture: 'manual-daemonset-config-in-container', want: [{ node: 'worker-1', status: 'manual', at: 'processes/proxy.cmdline:1:27', has: 'which is not on the host' }] },
]);
