// file-proxy-kubeconfig-mode
import rule from '../../../rules/files/file-proxy-kubeconfig-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-host-kube-proxy', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'mode 0600' }] },
  { fixture: 'fail-host-kube-proxy', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1' }] },
  { fixture: 'manual-daemonset-config-in-container', want: [{ node: 'worker-1', status: 'manual', at: 'processes/proxy.cmdline:1:27', has: 'which is not on the host' }] },
  { fixture: 'pass-kubeconfig-from-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'stats.tsv:2:1', has: 'named by clientConnection.kubeconfig in "/etc/kube-proxy/config.yaml"' }] },
  { fixture: 'not-applicable-kubeconfig-missing', want: [{ node: 'worker-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
  { fixture: 'not-applicable-no-kube-proxy', want: [{ node: 'worker-1', status: 'not-applicable', has: 'kube-proxy does not run on node "worker-1"' }] },
]);
