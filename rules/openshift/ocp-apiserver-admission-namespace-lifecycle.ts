// NamespaceLifecycle must be turned on in kube-apiserver's admission chain.
import { defineRule } from '../../lib/rule/define.js';
import { checkAdmissionPlugin } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-admission-namespace-lifecycle',
  title: 'NamespaceLifecycle admission plugin is on',
  assessment: 'manual',
  notes: 'Decided from the admission plugin arguments of the openshift-kube-apiserver "config" ConfigMap; the plugin is on by default unless disabled.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'NamespaceLifecycle refuses objects in namespaces that are being deleted or do not exist, which keeps deleted namespaces from being revived with stale objects.',
  remediation: 'Keep NamespaceLifecycle in enable-admission-plugins and out of disable-admission-plugins (remove any override from kubeapiserver/cluster spec.unsupportedConfigOverrides).',

  evaluate(_cluster, ctx) {
    return checkAdmissionPlugin(ctx, KUBE_APISERVER_CONFIG, 'NamespaceLifecycle', true);
  },
});
