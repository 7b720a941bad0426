// ocp-apiserver-etcd-cafile: kube-apiserver verifies etcd's serving certificate
import rule from '../../../rules/openshift/ocp-apiserver-etcd-cafile.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"etcd-cafile" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so kube-apiserver does not verify etcd\'s serving certificate',
  },
  {
    fixture: 'pass-etcd-serving-ca.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"etcd-cafile" is "/etc/kubernetes/static-pod-resources/configmaps/etcd-serving-ca/ca-bundle.crt" in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
]);
