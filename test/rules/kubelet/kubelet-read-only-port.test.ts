// kubelet-read-only-port
import rule from '../../../rules/kubelet/kubelet-read-only-port.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-file-default-0', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'read-only port is 0 (from the kubelet default for config files' }] },
  { fixture: 'fail-no-config-file-default-10255', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:1', has: 'read-only port is 10255 (from the kubelet command-line default' }] },
  { fixture: 'fail-config-10255', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:15', has: 'read-only port is 10255 (from readOnlyPort in "/var/lib/kubelet/config.yaml")' }] },
  { fixture: 'pass-flag-overrides-config', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:232' }] },
  { fixture: 'pass-configz-omitted-means-0', want: [{ node: 'managed-1', status: 'pass', at: 'cluster/nodes/managed-1/configz.json:2:3', has: 'which omits readOnlyPort (meaning 0)' }] },
  { fixture: 'fail-configz-10255', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:23:21' }] },
  // A GKE node: the kubelet config lives in /home/kubernetes, named by --config.
  { fixture: 'fail-gke-node-10255', want: [{ node: 'gke-prod-default-pool-1a2b3c4d-xyz1', status: 'fail', at: 'files/home/kubernetes/kubelet-config.yaml:29:15', has: 'read-only port is 10255 (from readOnlyPort in "/home/kubernetes/kubelet-config.yaml")' }] },
]);
