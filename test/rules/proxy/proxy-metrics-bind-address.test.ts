// proxy-metrics-bind-address
import rule from '../../../rules/proxy/proxy-metrics-bind-address.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'proxy', [
  { fixture: 'pass-default-without-config', want: [{ node: 'worker-1', status: 'pass', at: 'processes/proxy.cmdline:1:1', has: 'metrics are served on "127.0.0.1:10249" (from kube-proxy\'s default' }] },
  { fixture: 'fail-flag-all-interfaces', want: [{ node: 'worker-1', status: 'fail', at: 'processes/proxy.cmdline:1:67', has: 'metrics are served on "0.0.0.0:10249", beyond localhost (from the --metrics-bind-address flag)' }] },
  { fixture: 'fail-config-file-wins-over-flag', want: [{ node: 'worker-1', status: 'fail', at: 'files/etc/kube-proxy/config.yaml:4:21', has: '--metrics-bind-address is ignored because --config is given' }] },
  { fixture: 'pass-config-file-default', want: [{ node: 'worker-1', status: 'pass', at: 'files/etc/kube-proxy/config.yaml:1:1', has: 'does not set metricsBindAddress' }] },
  { fixture: 'pass-config-file-ipv6-default', want: [{ node: 'worker-1', status: 'pass', has: '"[::1]:10249"' }] },
  { fixture: 'pass-daemonset-from-configmap', want: [{ node: 'worker-1', status: 'pass', at: 'cluster/resources/configmaps.core.yaml:10:18', has: 'the kube-system/kube-proxy ConfigMap (key "config.conf")' }] },
  { fixture: 'fail-api-only-node-from-configmap', want: [{ node: 'managed-1', status: 'fail', at: 'cluster/resources/configmaps.core.yaml:10:18', has: 'metrics are served on "0.0.0.0:10249"' }] },
  { fixture: 'manual-api-only-without-configmap', want: [{ node: 'managed-1', status: 'manual' }] },
  { fixture: 'not-applicable-no-kube-proxy', want: [{ node: 'worker-1', status: 'not-applicable', has: 'kube-proxy does not run on node "worker-1"' }] },
  { fixture: 'error-config-file-not-collected', want: [{ node: 'worker-1', status: 'error', has: 'kube-proxy config file "/var/lib/kube-proxy/config.conf" named by --config' }] },
]);
