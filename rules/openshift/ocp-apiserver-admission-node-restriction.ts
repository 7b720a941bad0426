// NodeRestriction must be turned on in kube-apiserver's admission chain.
import { defineRule } from '../../lib/rule/define.js';
import { checkAdmissionPlugin } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-admission-node-restriction',
  title: 'NodeRestriction admission plugin is on',
  assessment: 'manual',
  notes: 'Decided from the admission plugin arguments of the openshift-kube-apiserver "config" ConfigMap; the plugin is off unless listed.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'NodeRestriction limits each kubelet to its own Node and pods, so a compromised node cannot change others.',
  remediation: 'Keep NodeRestriction in enable-admission-plugins (remove any override from kubeapiserver/cluster spec.unsupportedConfigOverrides).',

  evaluate(_cluster, ctx) {
    return checkAdmissionPlugin(ctx, KUBE_APISERVER_CONFIG, 'NodeRestriction', true);
  },
});
