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
  // Provider nodes: AKS runs the kubelet from flags only, EKS from /etc/kubernetes/kubelet/kubelet-config.json.
  { fixture: 'pass-aks-flags-only', want: [{ node: 'aks-nodepool1-12345678-vmss000000', status: 'pass', at: 'processes/kubelet.cmdline:1:456', has: '(from the --anonymous-auth flag)' }] },
  { fixture: 'pass-eks-kubelet-config-json', want: [{ node: 'ip-10-0-12-34.eu-west-1.compute.internal', status: 'pass', at: 'files/etc/kubernetes/kubelet/kubelet-config.json:7:24', has: 'in "/etc/kubernetes/kubelet/kubelet-config.json"' }] },
]);
