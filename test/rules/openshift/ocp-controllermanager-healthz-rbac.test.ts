// ocp-controllermanager-healthz-rbac: kube-controller-manager endpoints are protected by RBAC
import rule from '../../../rules/openshift/ocp-controllermanager-healthz-rbac.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-metrics-always-allowed.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 100, column: 162 }],
    has: 'kube-controller-manager serves "/metrics" without authorization (--authorization-always-allow-paths)',
  },
  {
    fixture: 'fail-no-authorization-kubeconfig.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 88, column: 358 }],
    has: 'kube-controller-manager runs without --authorization-kubeconfig, so its endpoints are not authorized through RBAC',
  },
  {
    fixture: 'manual-no-pod.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'RBAC keeps metrics from everyone, but ConfigMap "openshift-kube-controller-manager/kube-controller-manager-pod" (the kube-controller-manager static pod) is not in the input: collect it with "oc get configmap kube-controller-manager-pod -n openshift-kube-controller-manager -o yaml" to decide this',
  },
  {
    fixture: 'pass-delegated-authorization.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'kube-controller-manager authorizes every path but the health checks through kube-apiserver, and no ClusterRoleBinding gives everyone access to metrics or profiling endpoints',
  },
]);
