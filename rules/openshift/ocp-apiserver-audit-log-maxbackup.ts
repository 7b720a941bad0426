// kube-apiserver must keep at least ten rotated audit log files.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgAtLeast } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-audit-log-maxbackup',
  title: 'kube-apiserver keeps at least 10 audit log files',
  assessment: 'manual',
  notes: 'Decided from audit-log-maxbackup in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap (the operator sets 10).',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'Rotated audit logs that are deleted too soon leave gaps when an incident is investigated later.',
  remediation: 'Keep audit-log-maxbackup at 10 or more; remove lower overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides, and forward audit logs off the cluster for long-term retention.',

  evaluate(_cluster, ctx) {
    return checkArgAtLeast(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', 'audit-log-maxbackup', 10, 'the number of kept audit log files is not limited as the benchmark asks');
  },
});
