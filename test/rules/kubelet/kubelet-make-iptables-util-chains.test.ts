// kubelet-make-iptables-util-chains
import rule from '../../../rules/kubelet/kubelet-make-iptables-util-chains.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-default', want: [{ node: 'worker-1', status: 'pass', has: 'is true (from the kubelet default for config files' }] },
  { fixture: 'fail-config-false', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:25' }] },
  { fixture: 'pass-flag-overrides-config', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:232' }] },
  { fixture: 'fail-configz-false', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:18:31' }] },
]);
