// ocp-controllermanager-service-account-private-key-file: Controller manager signs tokens with a managed key
import rule from '../../../rules/openshift/ocp-controllermanager-service-account-private-key-file.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 73 }],
    has: '"service-account-private-key-file" is not set in extendedArguments of ConfigMap "openshift-kube-controller-manager/config", so the controller manager cannot sign service account tokens',
  },
  {
    fixture: 'pass-operator-key.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"service-account-private-key-file" is "/etc/kubernetes/static-pod-resources/secrets/service-account-private-key/service-account.key" in extendedArguments of ConfigMap "openshift-kube-controller-manager/config"',
  },
]);
