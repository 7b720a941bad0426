// kube-scheduler's metrics and profiling endpoints need RBAC authorization.
import { defineRule } from '../../lib/rule/define.js';
import { checkEndpointAccess } from '../../lib/rule/openshift-checks.js';
import { KUBE_SCHEDULER_POD } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-scheduler-healthz-rbac',
  title: 'kube-scheduler endpoints are protected by RBAC',
  assessment: 'manual',
  notes:
    'Decided from the dump: the kube-scheduler-pod ConfigMap (its static pod) must run the scheduler with ' +
    '--authorization-kubeconfig and allow only health paths without authorization; and no ClusterRoleBinding may ' +
    'give everyone GET on /metrics or /debug/pprof.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'The scheduler delegates authorization to kube-apiserver; paths it always allows, or metrics granted to everyone, are open to any caller.',
  remediation: 'Leave the scheduler\'s arguments to the operator (remove authorization overrides from kubescheduler/cluster spec.unsupportedConfigOverrides) and keep /metrics out of roles bound to broad groups.',

  evaluate(_cluster, ctx) {
    return checkEndpointAccess(ctx, { name: 'kube-scheduler', pod: KUBE_SCHEDULER_POD, container: 'kube-scheduler' });
  },
});
