// kube-controller-manager signs service account tokens with the operator-managed private key.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_CONTROLLER_MANAGER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-controllermanager-service-account-private-key-file',
  title: 'Controller manager signs tokens with a managed key',
  assessment: 'manual',
  notes: 'Decided from service-account-private-key-file in extendedArguments of the openshift-kube-controller-manager "config" ConfigMap: unset fails, the service-account-private-key secret passes, another path is left for review.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Service account tokens are only as trustworthy as the key that signs them; it must be a managed, rotated key matching what kube-apiserver verifies.',
  remediation: 'Remove any service-account-private-key-file override from kubecontrollermanager/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkArgPaths(ctx, KUBE_CONTROLLER_MANAGER_CONFIG, 'extendedArguments', [
      { name: 'service-account-private-key-file', expected: '/etc/kubernetes/static-pod-resources/secrets/service-account-private-key/service-account.key' },
    ], 'the controller manager cannot sign service account tokens');
  },
});
