// kubelet-hostname-override
import rule from '../../../rules/kubelet/kubelet-hostname-override.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-not-set', want: [{ node: 'worker-1', status: 'pass', has: '--hostname-override is not given' }] },
  { fixture: 'fail-flag-set', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232', has: 'overrides its hostname with --hostname-override="worker-1.example.internal"' }] },
  { fixture: 'manual-configz-only', want: [{ node: 'managed-1', status: 'manual', has: 'the kubelet command line was not collected' }] },
]);
