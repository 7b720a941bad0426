// kube-apiserver verifies etcd's serving certificate against the etcd-serving CA bundle.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-etcd-cafile',
  title: "kube-apiserver verifies etcd's serving certificate",
  assessment: 'manual',
  notes: 'Decided from etcd-cafile in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap: unset fails, the etcd-serving-ca bundle passes, another path is left for review.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Without a CA for etcd, kube-apiserver cannot tell the real etcd from an impostor that records or alters the cluster state.',
  remediation: 'Remove any override of etcd-cafile from kubeapiserver/cluster spec.unsupportedConfigOverrides so the operator points it at the etcd-serving-ca bundle.',

  evaluate(_cluster, ctx) {
    return checkArgPaths(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', [
      { name: 'etcd-cafile', expected: '/etc/kubernetes/static-pod-resources/configmaps/etcd-serving-ca/ca-bundle.crt' },
    ], "kube-apiserver does not verify etcd's serving certificate");
  },
});
