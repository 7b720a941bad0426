// kube-apiserver must not serve on an insecure port.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-insecure-port',
  title: 'kube-apiserver serves no insecure port',
  assessment: 'manual',
  notes: 'Decided from insecure-port in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap: "0" or unset passes (Kubernetes 1.24 removed the flag; OpenShift renders "0" where it still exists).',
  severity: 'critical',
  scope: { cluster: true },
  rationale: 'The insecure port serves the API without authentication or authorization.',
  remediation: 'Remove any insecure-port override from kubeapiserver/cluster spec.unsupportedConfigOverrides (the operator sets it to 0).',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const arg = configArg(doc, 'apiServerArguments', 'insecure-port');
      if (!arg) return pass(sectionField(doc, 'apiServerArguments'), '"insecure-port" is not set in apiServerArguments');
      const v = argValue(arg);
      if (v.value.trim() === '0') return pass(v.field, '"insecure-port" is "0" in apiServerArguments');
      return fail(v.field, `"insecure-port" is "${v.value}" in apiServerArguments, which serves the API without authentication`);
    });
  },
});
