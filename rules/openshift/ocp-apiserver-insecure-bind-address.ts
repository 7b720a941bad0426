// kube-apiserver must not bind an insecure (unauthenticated HTTP) address.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-insecure-bind-address',
  title: 'kube-apiserver has no insecure bind address',
  assessment: 'manual',
  notes: 'Decided from apiServerArguments in the openshift-kube-apiserver "config" ConfigMap: insecure-bind-address must not be set (Kubernetes 1.24 removed the flag; older releases served unauthenticated HTTP on it).',
  severity: 'critical',
  scope: { cluster: true },
  rationale: 'The insecure address serves the API without authentication or authorization to anyone who can reach it.',
  remediation: 'Remove insecure-bind-address from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const arg = configArg(doc, 'apiServerArguments', 'insecure-bind-address');
      if (arg) return fail(argValue(arg).field, `"insecure-bind-address" is "${argValue(arg).value}" in apiServerArguments`);
      return pass(sectionField(doc, 'apiServerArguments'), '"insecure-bind-address" is not set in apiServerArguments');
    });
  },
});
