// kubelet-seccomp-default
import rule from '../../../rules/kubelet/kubelet-seccomp-default.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-true', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:15:17' }] },
  { fixture: 'fail-default-false', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'seccomp default is false (from the kubelet default for config files' }] },
  { fixture: 'pass-bare-flag', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:232' }] },
  { fixture: 'fail-configz-false', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:20:23' }] },
]);
