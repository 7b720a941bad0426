// ocp-apiserver-healthz-rbac: kube-apiserver endpoints are protected by RBAC
import rule from '../../../rules/openshift/ocp-apiserver-healthz-rbac.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-metrics-for-everyone.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 73, column: 3 }],
    has: 'Group "system:authenticated" (ClusterRoleBinding "metrics-for-all") may GET "/metrics" without further authorization',
  },
  {
    fixture: 'manual-no-bindings.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'no ClusterRoleBindings are in the input: check who may read /metrics with "oc adm policy who-can get /metrics"',
  },
  {
    fixture: 'manual-role-not-in-input.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 56, column: 9 }],
    has: 'ClusterRoleBinding "debug-everyone" binds a broad group to ClusterRole "debug-endpoints", which is not in the input, so whether it opens metrics endpoints cannot be read',
  },
  {
    fixture: 'pass-health-public-metrics-private.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'no ClusterRoleBinding gives everyone access to metrics or profiling endpoints',
  },
]);
