// Each controller of kube-controller-manager must act with its own service account.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgBool } from '../../lib/rule/openshift-checks.js';
import { KUBE_CONTROLLER_MANAGER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-controllermanager-use-service-account-credentials',
  title: 'Controllers use their own service account credentials',
  assessment: 'manual',
  notes: 'Decided from use-service-account-credentials in extendedArguments of the openshift-kube-controller-manager "config" ConfigMap; unset means false, which fails.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'With one shared identity every controller holds the union of all controllers\' permissions.',
  remediation: 'Keep use-service-account-credentials true (the operator sets it); remove any override from kubecontrollermanager/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkArgBool(ctx, KUBE_CONTROLLER_MANAGER_CONFIG, 'extendedArguments', 'use-service-account-credentials', true, false);
  },
});
