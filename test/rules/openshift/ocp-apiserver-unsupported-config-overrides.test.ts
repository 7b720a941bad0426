// ocp-apiserver-unsupported-config-overrides: Operators use no unsupported configuration overrides
import rule from '../../../rules/openshift/ocp-apiserver-unsupported-config-overrides.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-etcd.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 34, column: 3 }],
    has: 'unsupportedConfigOverrides is set on Etcd "cluster"',
  },
  {
    fixture: 'fail-kube-apiserver.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 15, column: 3 }],
    has: 'unsupportedConfigOverrides is set on KubeAPIServer "cluster"',
  },
  {
    fixture: 'manual-no-operator.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'the KubeAPIServer "cluster" object is not in the input: check with "oc get kubeapiserver cluster -o jsonpath={.spec.unsupportedConfigOverrides}"',
  },
  {
    fixture: 'pass-none.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'none of the 3 operator objects in the input sets unsupportedConfigOverrides',
  },
]);
