// kube-apiserver must check that a service account token's account still exists.
import { defineRule } from '../../lib/rule/define.js';
import { checkArgBool } from '../../lib/rule/openshift-checks.js';
import { KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-service-account-lookup',
  title: 'kube-apiserver checks that service accounts still exist',
  assessment: 'manual',
  notes: 'Decided from service-account-lookup in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap; unset means true.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Without the lookup, a token keeps working after its service account is deleted.',
  remediation: 'Remove any service-account-lookup=false override from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return checkArgBool(ctx, KUBE_APISERVER_CONFIG, 'apiServerArguments', 'service-account-lookup', true, true);
  },
});
