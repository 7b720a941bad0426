// AlwaysAdmit must be turned off in kube-apiserver's admission chain.
import { defineRule } from '../../lib/rule/define.js';
import { checkAdmissionPlugin } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-admission-always-admit',
  title: 'AlwaysAdmit admission plugin is off',
  assessment: 'manual',
  notes: 'Decided from enable-admission-plugins and disable-admission-plugins in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap; the plugin is off unless listed.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'AlwaysAdmit accepts every request and defeats the admission plugins that enforce policy.',
  remediation: 'Remove AlwaysAdmit from any enable-admission-plugins override in kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkAdmissionPlugin(ctx, KUBE_APISERVER_CONFIG, 'AlwaysAdmit', false);
  },
});
