// kubelet-event-qps
import rule from '../../../rules/kubelet/kubelet-event-qps.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-default-v1.31', want: [{ node: 'worker-1', status: 'pass', has: 'event QPS is 50 (from the v1.31 kubelet default for config files' }] },
  { fixture: 'pass-default-v1.26', want: [{ node: 'worker-1', status: 'pass', has: 'event QPS is 5 (from the v1.26 kubelet default for config files' }] },
  { fixture: 'fail-config-10-below-v1.34-default', want: [{ node: 'worker-1', status: 'fail', at: 'files/var/lib/kubelet/config.yaml:15:17', has: 'below the default of 50' }] },
  { fixture: 'pass-config-10-above-v1.26-default', want: [{ node: 'worker-1', status: 'pass', has: 'at or above the default of 5' }] },
  { fixture: 'pass-config-0', want: [{ node: 'worker-1', status: 'pass', has: 'the kubelet applies its default rate limit' }] },
  { fixture: 'fail-flag-overrides-config', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232' }] },
  // AKS sets --event-qps=0 on its nodes (kube-bench's AKS data asks exactly 0).
  { fixture: 'pass-aks-flag-0', want: [{ node: 'aks-nodepool1-12345678-vmss000000', status: 'pass', at: 'processes/kubelet.cmdline:1:829', has: 'event QPS is 0 (from the --event-qps flag)' }] },
]);
