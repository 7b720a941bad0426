// kube-apiserver verifies kubelet serving certificates against the kubelet-serving CA bundle.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-kubelet-certificate-authority',
  title: 'kube-apiserver verifies kubelet serving certificates',
  assessment: 'manual',
  notes: 'Decided from kubelet-certificate-authority in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap: unset fails, the kubelet-serving-ca bundle passes, another path is left for review.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Without a CA to check kubelet certificates against, kube-apiserver can be sent to an impostor kubelet that captures exec sessions and credentials.',
  remediation: 'Remove any override of kubelet-certificate-authority from kubeapiserver/cluster spec.unsupportedConfigOverrides so the operator points it at the kubelet-serving-ca bundle.',

  evaluate(_cluster, ctx) {
    return checkArgPaths(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', [
      { name: 'kubelet-certificate-authority', expected: '/etc/kubernetes/static-pod-resources/configmaps/kubelet-serving-ca/ca-bundle.crt' },
    ], "kube-apiserver does not verify the kubelets' serving certificates");
  },
});
