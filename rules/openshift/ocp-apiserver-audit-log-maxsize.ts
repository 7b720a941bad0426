// kube-apiserver must rotate audit logs at 100 MB or more.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgAtLeast } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-audit-log-maxsize',
  title: 'kube-apiserver rotates audit logs at 100 MB or more',
  assessment: 'manual',
  notes: 'Decided from audit-log-maxsize in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap (the operator sets 100).',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'Small audit files rotate away quickly, so together with the file count they bound how much history stays on the node.',
  remediation: 'Keep audit-log-maxsize at 100 or more; remove lower overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkArgAtLeast(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', 'audit-log-maxsize', 100, 'audit log files are not rotated by size as the benchmark asks');
  },
});
