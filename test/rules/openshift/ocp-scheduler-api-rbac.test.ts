// ocp-scheduler-api-rbac: kube-scheduler API is served securely and authorized
import rule from '../../../rules/openshift/ocp-scheduler-api-rbac.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-insecure-port.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 6, column: 984 }],
    has: 'kube-scheduler serves plain HTTP on --port=10251',
  },
  {
    fixture: 'fail-no-authorization-kubeconfig.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 6, column: 1175 }],
    has: 'kube-scheduler runs without --authorization-kubeconfig, so callers of its API are not authorized through kube-apiserver',
  },
  {
    fixture: 'manual-no-pod.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'ConfigMap "openshift-kube-scheduler/kube-scheduler-pod" (the kube-scheduler static pod) is not in the input: collect it with "oc get configmap kube-scheduler-pod -n openshift-kube-scheduler -o yaml" to decide this',
  },
  {
    fixture: 'pass-secure-serving.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'kube-scheduler serves only HTTPS and authenticates and authorizes callers through kube-apiserver',
  },
]);
