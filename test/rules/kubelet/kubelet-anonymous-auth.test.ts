// kubelet-anonymous-auth
import rule from '../../../rules/kubelet/kubelet-anonymous-auth.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'kubelet', [
  { fixture: 'pass-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:5:14', has: 'from authentication.anonymous.enabled in "/var/lib/kubelet/config.yaml"' }] },
  { fixture: 'fail-flag-overrides-config', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232', has: 'anonymous auth is true (from the --anonymous-auth flag)' }] },
  { fixture: 'fail-no-config-file-default', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:1', has: 'command-line default, as the kubelet runs without --config and without --anonymous-auth' }] },
  { fixture: 'pass-config-file-default', want: [{ node: 'worker-1', status: 'pass', at: 'files/var/lib/kubelet/config.yaml:1:1', has: 'the kubelet default for config files' }] },
  { fixture: 'pass-flag-without-config-file', want: [{ node: 'worker-1', status: 'pass', at: 'processes/kubelet.cmdline:1:132' }] },
  { fixture: 'fail-bare-boolean-flag', want: [{ node: 'worker-1', status: 'fail', at: 'processes/kubelet.cmdline:1:232', has: 'anonymous auth is true (from the --anonymous-auth flag)' }] },
  { fixture: 'fail-configz-only', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/nodes/managed-1/configz.json:5:20', has: 'in the kubelet\'s configz' }] },
  { fixture: 'error-config-file-not-collected', want: [{ node: 'worker-1', status: 'error', has: 'kubelet config file "/var/lib/kubelet/config.yaml" named by --config is missing from the bundle for node "worker-1"' }] },
]);
