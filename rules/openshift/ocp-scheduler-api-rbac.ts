// kube-scheduler serves its API only over HTTPS and authenticates and authorizes callers through kube-apiserver.
import { defineRule } from '../../lib/rule/define.js';
import { checkSecureServing } from '../../lib/rule/openshift-checks.js';
import { KUBE_SCHEDULER_POD } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-scheduler-api-rbac',
  title: 'kube-scheduler API is served securely and authorized',
  assessment: 'manual',
  notes:
    'Decided from the kube-scheduler container of the kube-scheduler-pod ConfigMap: an insecure --port other than 0 ' +
    'fails, and so does a missing --authentication-kubeconfig or --authorization-kubeconfig (without them callers ' +
    'are not checked against kube-apiserver).',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'An unauthenticated scheduler endpoint exposes metrics and profiling to anyone on the host network.',
  remediation: 'Remove --port and authentication or authorization overrides of the scheduler from kubescheduler/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkSecureServing(ctx, { name: 'kube-scheduler', pod: KUBE_SCHEDULER_POD, container: 'kube-scheduler' });
  },
});
