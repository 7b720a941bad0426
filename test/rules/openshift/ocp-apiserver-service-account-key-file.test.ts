// ocp-apiserver-service-account-key-file: kube-apiserver verifies service account tokens with managed keys
import rule from '../../../rules/openshift/ocp-apiserver-service-account-key-file.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-none.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 17 }],
    has: 'neither serviceAccountPublicKeyFiles nor "service-account-key-file" names a key, so service account tokens cannot be verified',
  },
  {
    fixture: 'manual-custom-keys.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 6045 }],
    has: 'the service account keys are "/etc/kubernetes/static-pod-resources/configmaps/custom-sa-keys", without the operator\'s "/etc/kubernetes/static-pod-resources/configmaps/sa-token-signing-certs", "/etc/kubernetes/static-pod-resources/configmaps/bound-sa-token-signing-certs": confirm that they hold the token signing keys',
  },
  {
    fixture: 'pass-operator-keys.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'service account tokens are verified with "/etc/kubernetes/static-pod-resources/configmaps/sa-token-signing-certs", "/etc/kubernetes/static-pod-resources/configmaps/bound-sa-token-signing-certs"',
  },
]);
