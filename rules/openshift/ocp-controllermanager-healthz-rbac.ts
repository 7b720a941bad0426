// kube-controller-manager's metrics and profiling endpoints need RBAC authorization.
import { defineRule } from '../../lib/rule/define.js';
import { checkEndpointAccess } from '../../lib/rule/openshift-checks.js';
import { KUBE_CONTROLLER_MANAGER_CONFIG, KUBE_CONTROLLER_MANAGER_POD } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-controllermanager-healthz-rbac',
  title: 'kube-controller-manager endpoints are protected by RBAC',
  assessment: 'manual',
  notes:
    'Decided from the dump: the kube-controller-manager-pod ConfigMap (its static pod) must run the controller manager ' +
    'with --authorization-kubeconfig and allow only health paths without authorization; and no ClusterRoleBinding may ' +
    'give everyone GET on /metrics or /debug/pprof.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'The controller manager delegates authorization to kube-apiserver; paths it always allows, or metrics granted to everyone, are open to any caller.',
  remediation: 'Leave the controller manager\'s authorization arguments to the operator (no authorization-always-allow-paths beyond health checks in kubecontrollermanager/cluster spec.unsupportedConfigOverrides) and keep /metrics out of roles bound to broad groups.',

  evaluate(_cluster, ctx) {
    return checkEndpointAccess(ctx, { name: 'kube-controller-manager', pod: KUBE_CONTROLLER_MANAGER_POD, container: 'kube-controller-manager', config: KUBE_CONTROLLER_MANAGER_CONFIG });
  },
});
