// AlwaysPullImages must be turned on in kube-apiserver's admission chain.
import { defineRule } from '../../lib/rule/define.js';
import { checkAdmissionPlugin } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-admission-always-pull-images',
  title: 'AlwaysPullImages admission plugin is on',
  assessment: 'manual',
  notes: 'Decided from the admission plugin arguments of the openshift-kube-apiserver "config" ConfigMap. OpenShift does not turn the plugin on, so default clusters fail; the benchmark asks for it on (kube-bench tests the opposite, a known defect).',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Without AlwaysPullImages, a pod on a node may start from an image another tenant pulled with its own credentials.',
  remediation: 'Add AlwaysPullImages to enable-admission-plugins through kubeapiserver/cluster spec.unsupportedConfigOverrides, after checking that every node can always reach the registries.',

  evaluate(_cluster, ctx) {
    return checkAdmissionPlugin(ctx, KUBE_APISERVER_CONFIG, 'AlwaysPullImages', true);
  },
});
