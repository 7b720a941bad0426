// ocp-apiserver-etcd-client-cert: kube-apiserver presents a client certificate to etcd
import rule from '../../../rules/openshift/ocp-apiserver-etcd-client-cert.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-keyfile-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"etcd-keyfile" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so kube-apiserver has no client certificate for etcd',
  },
  {
    fixture: 'manual-custom-cert.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 2939 }],
    has: '"etcd-certfile" is "/etc/kubernetes/static-pod-resources/secrets/etcd-client-2/tls.crt" instead of the operator\'s "/etc/kubernetes/static-pod-resources/secrets/etcd-client/tls.crt" (ConfigMap "openshift-kube-apiserver/config"): confirm that it names the intended file',
  },
  {
    fixture: 'pass-etcd-client.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"etcd-certfile" is "/etc/kubernetes/static-pod-resources/secrets/etcd-client/tls.crt", "etcd-keyfile" is "/etc/kubernetes/static-pod-resources/secrets/etcd-client/tls.key" in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
]);
