// kube-controller-manager gives pods the service CA bundle so they can verify kube-apiserver.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgPaths } from '../../lib/rule/openshift-checks.js';
import { KUBE_CONTROLLER_MANAGER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-controllermanager-root-ca-file',
  title: 'Controller manager publishes the cluster CA to pods',
  assessment: 'manual',
  notes: 'Decided from root-ca-file in extendedArguments of the openshift-kube-controller-manager "config" ConfigMap: unset fails, the serviceaccount-ca bundle passes, another path is left for review.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Pods verify kube-apiserver with the CA bundle the controller manager publishes; without it they cannot detect a man in the middle.',
  remediation: 'Remove any root-ca-file override from kubecontrollermanager/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkArgPaths(ctx, KUBE_CONTROLLER_MANAGER_CONFIG, 'extendedArguments', [
      { name: 'root-ca-file', expected: '/etc/kubernetes/static-pod-resources/configmaps/serviceaccount-ca/ca-bundle.crt' },
    ], 'pods get no CA bundle to verify kube-apiserver');
  },
});
