// kube-apiserver authenticates to kubelets with the operator-managed kubelet-client certificate.
import { defineRule, fail } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-kubelet-client-cert',
  title: 'kube-apiserver presents a client certificate to kubelets',
  assessment: 'manual',
  notes:
    'Decided from kubelet-client-certificate and kubelet-client-key in apiServerArguments of the openshift-kube-apiserver ' +
    '"config" ConfigMap: unset fails, the operator\'s kubelet-client paths pass, other paths are left for review. When ' +
    'the dump has Secret openshift-kube-apiserver/kubelet-client, it must be a TLS secret.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Kubelets authorize kube-apiserver by its client certificate; without one they must either refuse it or accept anonymous callers.',
  remediation: 'Remove overrides of kubelet-client-certificate and kubelet-client-key from kubeapiserver/cluster spec.unsupportedConfigOverrides so the operator manages the kubelet-client certificate.',

  evaluate(_cluster, ctx) {
    const secret = ctx.index.get('Secret', 'openshift-kube-apiserver', 'kubelet-client');
    const type = secret ? Field.of(secret, 'type') : undefined;
    if (type && type.value !== 'kubernetes.io/tls') {
      return fail(type, `Secret "openshift-kube-apiserver/kubelet-client" has type "${String(type.value ?? 'Opaque')}", not "kubernetes.io/tls"`);
    }
    return checkArgPaths(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', [
      { name: 'kubelet-client-certificate', expected: '/etc/kubernetes/static-pod-certs/secrets/kubelet-client/tls.crt' },
      { name: 'kubelet-client-key', expected: '/etc/kubernetes/static-pod-certs/secrets/kubelet-client/tls.key' },
    ], 'kube-apiserver has no client certificate for kubelets');
  },
});
