// kube-apiserver verifies service account tokens with the operator-managed public keys.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argItems, configArg, KUBE_APISERVER_CONFIG, quoted } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

/** The key bundles the operator keeps: legacy tokens and bound (projected) tokens. */
const EXPECTED = [
  '/etc/kubernetes/static-pod-resources/configmaps/sa-token-signing-certs',
  '/etc/kubernetes/static-pod-resources/configmaps/bound-sa-token-signing-certs',
];

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-service-account-key-file',
  title: 'kube-apiserver verifies service account tokens with managed keys',
  assessment: 'manual',
  notes:
    'Decided from serviceAccountPublicKeyFiles (and apiServerArguments service-account-key-file) in the ' +
    'openshift-kube-apiserver "config" ConfigMap: none fails; both operator-managed key bundles pass; other files are left for review.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'The public keys decide which service account tokens kube-apiserver accepts; a missing or foreign key breaks token checks or admits forged tokens.',
  remediation: 'Leave service account signing keys to the operator: remove service-account-key-file and serviceAccountPublicKeyFiles overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const listField = Field.of(doc, 'serviceAccountPublicKeyFiles');
      const files = listField.items().filter((f) => typeof f.value === 'string').map((f) => ({ item: f.value as string, field: f }));
      const arg = configArg(doc, 'apiServerArguments', 'service-account-key-file');
      if (arg) files.push(...argItems(arg));
      if (files.length === 0) return fail(listField, 'neither serviceAccountPublicKeyFiles nor "service-account-key-file" names a key, so service account tokens cannot be verified');
      const names = files.map((f) => f.item);
      const missing = EXPECTED.filter((e) => !names.includes(e));
      if (missing.length > 0) return manual(`the service account keys are ${quoted(names)}, without the operator's ${quoted(missing)}: confirm that they hold the token signing keys`, files[0].field);
      return pass(files[0].field, `service account tokens are verified with ${quoted(names)}`);
    });
  },
});
