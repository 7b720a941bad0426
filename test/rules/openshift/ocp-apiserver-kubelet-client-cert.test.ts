// ocp-apiserver-kubelet-client-cert: kube-apiserver presents a client certificate to kubelets
import rule from '../../../rules/openshift/ocp-apiserver-kubelet-client-cert.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-key-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"kubelet-client-key" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so kube-apiserver has no client certificate for kubelets',
  },
  {
    fixture: 'fail-secret-opaque.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 27, column: 7 }],
    has: 'Secret "openshift-kube-apiserver/kubelet-client" has type "Opaque", not "kubernetes.io/tls"',
  },
  {
    fixture: 'manual-custom-path.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 3804 }],
    has: '"kubelet-client-certificate" is "/etc/kubernetes/static-pod-resources/secrets/custom-kubelet-client/tls.crt" instead of the operator\'s "/etc/kubernetes/static-pod-certs/secrets/kubelet-client/tls.crt" (ConfigMap "openshift-kube-apiserver/config"): confirm that it names the intended file',
  },
  {
    fixture: 'manual-no-config.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'ConfigMap "openshift-kube-apiserver/config" (the kube-apiserver configuration) is not in the input: collect it with "oc get configmap config -n openshift-kube-apiserver -o yaml" to decide this',
  },
  {
    fixture: 'pass-operator-paths.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"kubelet-client-certificate" is "/etc/kubernetes/static-pod-certs/secrets/kubelet-client/tls.crt", "kubelet-client-key" is "/etc/kubernetes/static-pod-certs/secrets/kubelet-client/tls.key" in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
]);
