// ocp-apiserver-kubelet-https: kube-apiserver uses HTTPS with a client certificate towards kubelets
import rule from '../../../rules/openshift/ocp-apiserver-kubelet-https.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-kubelet-https-false.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 3977 }],
    has: '"kubelet-https" is false, so kube-apiserver talks to kubelets over plain HTTP',
  },
  {
    fixture: 'fail-no-client-certificate.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"kubelet-client-certificate" is not set in apiServerArguments, so kube-apiserver connects to kubelets without a client certificate',
  },
  {
    fixture: 'fail-serving-cert-opaque.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 27, column: 7 }],
    has: 'Secret "openshift-apiserver/serving-cert" has type "Opaque", not "kubernetes.io/tls"',
  },
  {
    fixture: 'manual-no-config.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'ConfigMap "openshift-kube-apiserver/config" (the kube-apiserver configuration) is not in the input: collect it with "oc get configmap config -n openshift-kube-apiserver -o yaml" to decide this',
  },
  {
    fixture: 'pass-operator-defaults.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'kube-apiserver connects to kubelets over HTTPS with client certificate "/etc/kubernetes/static-pod-certs/secrets/kubelet-client/tls.crt"',
  },
]);
