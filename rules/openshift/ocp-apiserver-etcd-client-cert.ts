// kube-apiserver authenticates to etcd with the operator-managed etcd-client certificate.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-etcd-client-cert',
  title: 'kube-apiserver presents a client certificate to etcd',
  assessment: 'manual',
  notes: 'Decided from etcd-certfile and etcd-keyfile in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap: unset fails, the etcd-client secret paths pass, other paths are left for review.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'etcd holds every Secret of the cluster; it must accept only clients that prove who they are with a certificate.',
  remediation: 'Remove overrides of etcd-certfile and etcd-keyfile from kubeapiserver/cluster spec.unsupportedConfigOverrides; the operator manages the etcd-client certificate.',

  evaluate(_cluster, ctx) {
    return checkArgPaths(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', [
      { name: 'etcd-certfile', expected: '/etc/kubernetes/static-pod-resources/secrets/etcd-client/tls.crt' },
      { name: 'etcd-keyfile', expected: '/etc/kubernetes/static-pod-resources/secrets/etcd-client/tls.key' },
    ], 'kube-apiserver has no client certificate for etcd');
  },
});
