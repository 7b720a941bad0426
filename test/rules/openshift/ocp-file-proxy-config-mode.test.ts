// ocp-file-proxy-config-mode: kube-proxy config file is mode 644 or stricter
import rule from '../../../rules/openshift/ocp-file-proxy-config-mode.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-world-writable.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 55, column: 24 }],
    has: 'DaemonSet "openshift-sdn/sdn" mounts kube-proxy\'s config with mode 0666, more permissive than 0644',
  },
  {
    fixture: 'manual-no-daemonset.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'no DaemonSet in openshift-sdn or openshift-kube-proxy mounts kube-proxy\'s config at /config in the input (network type "OpenShiftSDN"): check with "oc get daemonset -n openshift-sdn -o yaml"',
  },
  {
    fixture: 'not-applicable-ovn.yaml',
    want: [{ name: 'cluster', status: 'not-applicable', line: 2, column: 1 }],
    has: 'the cluster network is OVN-Kubernetes, which runs no kube-proxy and has no kube-proxy config file',
  },
  {
    fixture: 'pass-sdn-default-mode.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'DaemonSet "openshift-sdn/sdn" mounts kube-proxy\'s config with mode 0644',
  },
]);
