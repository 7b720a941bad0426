// ServiceAccount must be turned on in kube-apiserver's admission chain.
import { defineRule } from '../../lib/rule/define.js';
import { checkAdmissionPlugin } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-admission-service-account',
  title: 'ServiceAccount admission plugin is on',
  assessment: 'manual',
  notes: 'Decided from the admission plugin arguments of the openshift-kube-apiserver "config" ConfigMap; the plugin is on by default unless disabled.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'The ServiceAccount plugin gives pods their service account and its token handling; without it pods could name accounts that do not exist.',
  remediation: 'Keep ServiceAccount in enable-admission-plugins and out of disable-admission-plugins (remove any override from kubeapiserver/cluster spec.unsupportedConfigOverrides).',

  evaluate(_cluster, ctx) {
    return checkAdmissionPlugin(ctx, KUBE_APISERVER_CONFIG, 'ServiceAccount', true);
  },
});
