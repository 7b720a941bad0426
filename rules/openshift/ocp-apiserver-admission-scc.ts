// security.openshift.io/SecurityContextConstraint must be turned on in kube-apiserver's admission chain.
import { defineRule } from '../../lib/rule/define.js';
import { checkAdmissionPlugin } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-admission-scc',
  title: 'SecurityContextConstraints admission plugin is on',
  assessment: 'manual',
  notes: 'Decided from the admission plugin arguments of the openshift-kube-apiserver "config" ConfigMap. OpenShift lists all of its plugins in enable-admission-plugins, so a plugin in neither list is left for review.',
  severity: 'critical',
  scope: { cluster: true },
  rationale: 'SecurityContextConstraints are what keeps pods from running privileged, as root or in host namespaces; without the plugin no SCC is enforced.',
  remediation: 'Keep security.openshift.io/SecurityContextConstraint in enable-admission-plugins (remove any override from kubeapiserver/cluster spec.unsupportedConfigOverrides).',

  evaluate(_cluster, ctx) {
    return checkAdmissionPlugin(ctx, KUBE_APISERVER_CONFIG, 'security.openshift.io/SecurityContextConstraint', true);
  },
});
