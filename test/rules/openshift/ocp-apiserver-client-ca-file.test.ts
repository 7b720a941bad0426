// ocp-apiserver-client-ca-file: kube-apiserver verifies client certificates
import rule from '../../../rules/openshift/ocp-apiserver-client-ca-file.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: 'neither "client-ca-file" nor servingInfo.clientCA is set, so client certificates are not verified',
  },
  {
    fixture: 'manual-custom-ca.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 1064 }],
    has: '"client-ca-file" is "/etc/kubernetes/static-pod-certs/configmaps/custom-client-ca/ca-bundle.crt", not the operator\'s "/etc/kubernetes/static-pod-certs/configmaps/client-ca/ca-bundle.crt": confirm that it holds the intended client CAs',
  },
  {
    fixture: 'pass-client-ca.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"client-ca-file" is "/etc/kubernetes/static-pod-certs/configmaps/client-ca/ca-bundle.crt"',
  },
]);
