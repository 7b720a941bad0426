// kubelet-authorization-mode
import rule from '../../../rules/kubelet/kubelet-authorization-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-webhook', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:11:9' }] },
  { fixture: 'fail-flag-overrides-config', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232', has: 'authorization mode is "AlwaysAllow" (from the --authorization-mode flag)' }] },
  { fixture: 'fail-no-config-file-default', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:1', has: 'authorization mode is "AlwaysAllow" (from the kubelet command-line default' }] },
  { fixture: 'pass-config-file-default', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'authorization mode is "Webhook" (from the kubelet default for config files' }] },
  { fixture: 'fail-configz-always-allow', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:15:15' }] },
]);
