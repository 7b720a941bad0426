// ocp-controllermanager-root-ca-file: Controller manager publishes the cluster CA to pods
import rule from '../../../rules/openshift/ocp-controllermanager-root-ca-file.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 73 }],
    has: '"root-ca-file" is not set in extendedArguments of ConfigMap "openshift-kube-controller-manager/config", so pods get no CA bundle to verify kube-apiserver',
  },
  {
    fixture: 'manual-custom-ca.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 926 }],
    has: '"root-ca-file" is "/etc/kubernetes/static-pod-resources/configmaps/custom-root-ca/ca-bundle.crt" instead of the operator\'s "/etc/kubernetes/static-pod-resources/configmaps/serviceaccount-ca/ca-bundle.crt" (ConfigMap "openshift-kube-controller-manager/config"): confirm that it names the intended file',
  },
  {
    fixture: 'pass-serviceaccount-ca.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"root-ca-file" is "/etc/kubernetes/static-pod-resources/configmaps/serviceaccount-ca/ca-bundle.crt" in extendedArguments of ConfigMap "openshift-kube-controller-manager/config"',
  },
]);
