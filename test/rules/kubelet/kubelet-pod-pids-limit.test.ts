// kubelet-pod-pids-limit
import rule from '../../../rules/kubelet/kubelet-pod-pids-limit.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-4096', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:15' }] },
  { fixture: 'fail-default-unlimited', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'pod PID limit is -1' }] },
  { fixture: 'fail-config-0', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:15' }] },
  { fixture: 'pass-flag-without-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:132' }] },
]);
