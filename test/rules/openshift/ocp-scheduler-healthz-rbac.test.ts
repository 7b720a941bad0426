// ocp-scheduler-healthz-rbac: kube-scheduler endpoints are protected by RBAC
import rule from '../../../rules/openshift/ocp-scheduler-healthz-rbac.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-always-allow-paths.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 77, column: 984 }],
    has: 'kube-scheduler serves "/metrics" without authorization (--authorization-always-allow-paths)',
  },
  {
    fixture: 'fail-metrics-for-all-service-accounts.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 85, column: 3 }],
    has: 'Group "system:serviceaccounts" (ClusterRoleBinding "metrics-for-sa") may GET "/metrics" without further authorization',
  },
  {
    fixture: 'manual-no-bindings.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'no ClusterRoleBindings are in the input: check who may read /metrics with "oc adm policy who-can get /metrics"',
  },
  {
    fixture: 'manual-no-pod.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'RBAC keeps metrics from everyone, but ConfigMap "openshift-kube-scheduler/kube-scheduler-pod" (the kube-scheduler static pod) is not in the input: collect it with "oc get configmap kube-scheduler-pod -n openshift-kube-scheduler -o yaml" to decide this',
  },
  {
    fixture: 'pass-delegated-authorization.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'kube-scheduler authorizes every path but the health checks through kube-apiserver, and no ClusterRoleBinding gives everyone access to metrics or profiling endpoints',
  },
]);
