// ocp-apiserver-tls-cert: kube-apiserver serves TLS with a managed certificate
import rule from '../../../rules/openshift/ocp-apiserver-tls-cert.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"tls-cert-file" and "tls-private-key-file" are not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so kube-apiserver serves a self-generated certificate',
  },
  {
    fixture: 'pass-service-network-cert.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"tls-cert-file" is "/etc/kubernetes/static-pod-certs/secrets/service-network-serving-certkey/tls.crt", "tls-private-key-file" is "/etc/kubernetes/static-pod-certs/secrets/service-network-serving-certkey/tls.key" in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
]);
