// ocp-controllermanager-use-service-account-credentials: Controllers use their own service account credentials
import rule from '../../../rules/openshift/ocp-controllermanager-use-service-account-credentials.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-false.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1245 }],
    has: '"use-service-account-credentials" is false in extendedArguments of ConfigMap "openshift-kube-controller-manager/config"',
  },
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 73 }],
    has: '"use-service-account-credentials" is not set in extendedArguments of ConfigMap "openshift-kube-controller-manager/config", and it defaults to false',
  },
  {
    fixture: 'manual-no-config.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'ConfigMap "openshift-kube-controller-manager/config" (the kube-controller-manager configuration) is not in the input: collect it with "oc get configmap config -n openshift-kube-controller-manager -o yaml" to decide this',
  },
  {
    fixture: 'pass-true.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"use-service-account-credentials" is true in extendedArguments of ConfigMap "openshift-kube-controller-manager/config"',
  },
]);
