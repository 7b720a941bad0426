// ocp-apiserver-kubelet-certificate-authority: kube-apiserver verifies kubelet serving certificates
import rule from '../../../rules/openshift/ocp-apiserver-kubelet-certificate-authority.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"kubelet-certificate-authority" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so kube-apiserver does not verify the kubelets\' serving certificates',
  },
  {
    fixture: 'manual-custom-ca.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 3690 }],
    has: '"kubelet-certificate-authority" is "/etc/kubernetes/static-pod-resources/configmaps/custom-kubelet-ca/ca-bundle.crt" instead of the operator\'s "/etc/kubernetes/static-pod-resources/configmaps/kubelet-serving-ca/ca-bundle.crt" (ConfigMap "openshift-kube-apiserver/config"): confirm that it names the intended file',
  },
  {
    fixture: 'manual-no-config.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'ConfigMap "openshift-kube-apiserver/config" (the kube-apiserver configuration) is not in the input: collect it with "oc get configmap config -n openshift-kube-apiserver -o yaml" to decide this',
  },
  {
    fixture: 'pass-kubelet-serving-ca.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"kubelet-certificate-authority" is "/etc/kubernetes/static-pod-resources/configmaps/kubelet-serving-ca/ca-bundle.crt" in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
]);
