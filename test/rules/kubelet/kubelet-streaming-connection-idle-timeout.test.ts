// kubelet-streaming-connection-idle-timeout
import rule from '../../../rules/kubelet/kubelet-streaming-connection-idle-timeout.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-default-4h', want: [{ node: 'worker-1', status: 'pass', has: 'is "4h0m0s" (from the kubelet default for config files' }] },
  { fixture: 'fail-config-0s', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:33' }] },
  { fixture: 'fail-flag-0', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232' }] },
  { fixture: 'pass-flag-overrides-config', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:232', has: 'is "5m"' }] },
  { fixture: 'fail-invalid-duration', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:33', has: 'has the invalid value "forever"' }] },
]);
