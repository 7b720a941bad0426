// kubelet-streaming-connection-idle-timeout
import rule from '../../../rules/kubelet/kubelet-streaming-connection-idle-timeout.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-default-4h', want: [{ node: 'worker-1', status: 'pass', has: 'is "4h0m0s" (from the kubelet default for config files' }] },
  { fixture: 'pass-config-0s-replaced-by-default', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:33', has: 'is "4h0m0s" (from streamingConnectionIdleTimeout in "/var/lib/kubelet/config.yaml", whose "0s" the kubelet replaces with its default' }] },
  { fixture: 'fail-configz-0s', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:21:39', has: 'is "0s" (from streamingConnectionIdleTimeout in the kubelet\'s configz)' }] },
  { fixture: 'fail-flag-0', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232' }] },
  { fixture: 'pass-flag-overrides-config', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:232', has: 'is "5m"' }] },
  { fixture: 'fail-invalid-duration', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:33', has: 'has the invalid value "forever"' }] },
]);
