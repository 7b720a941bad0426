// ocp-file-proxy-config-owner: kube-proxy config file is owned by root:root
import rule from '../../../rules/openshift/ocp-file-proxy-config-owner.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-fsgroup.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 53, column: 18 }],
    has: 'DaemonSet "openshift-sdn/sdn" sets fsGroup 1000, so kube-proxy\'s config file belongs to root:1000',
  },
  {
    fixture: 'manual-no-daemonset.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'no DaemonSet in openshift-sdn or openshift-kube-proxy mounts kube-proxy\'s config at /config in the input: check with "oc get daemonset -n openshift-sdn -o yaml"',
  },
  {
    fixture: 'not-applicable-ovn.yaml',
    want: [{ name: 'cluster', status: 'not-applicable', line: 2, column: 1 }],
    has: 'the cluster network is OVN-Kubernetes, which runs no kube-proxy and has no kube-proxy config file',
  },
  {
    fixture: 'pass-no-fsgroup.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'kube-proxy\'s config file is a ConfigMap volume without fsGroup, written as root:root (DaemonSet "openshift-sdn/sdn")',
  },
]);
