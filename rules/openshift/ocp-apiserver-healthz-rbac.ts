// kube-apiserver's health, metrics and profiling endpoints are governed by RBAC and not opened to everyone.
import { defineRule } from '../../lib/rule/define.js';
import { checkEndpointAccess } from '../../lib/rule/openshift-checks.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-healthz-rbac',
  title: 'kube-apiserver endpoints are protected by RBAC',
  assessment: 'manual',
  notes:
    'Decided from the ClusterRoleBindings and ClusterRoles in the dump: kube-apiserver authorizes every path through ' +
    'RBAC, and health checks are public by design (system:public-info-viewer); the check fails when a binding gives ' +
    'everyone, every service account or anonymous users GET on /metrics, /debug/pprof or /configz.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Metrics and profiling data reveal the cluster\'s internals and can be used to load the API server; they should need a role.',
  remediation: 'Remove bindings that give system:authenticated, system:unauthenticated or system:serviceaccounts a role with nonResourceURLs such as /metrics or /debug/*; grant them to the monitoring service accounts only.',

  evaluate(_cluster, ctx) {
    return checkEndpointAccess(ctx);
  },
});
