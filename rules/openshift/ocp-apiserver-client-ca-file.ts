// kube-apiserver must verify client certificates against the operator-managed client CA bundle.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

const EXPECTED = '/etc/kubernetes/static-pod-certs/configmaps/client-ca/ca-bundle.crt';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-client-ca-file',
  title: 'kube-apiserver verifies client certificates',
  assessment: 'manual',
  notes:
    'Decided from apiServerArguments client-ca-file, else servingInfo.clientCA, in the openshift-kube-apiserver "config" ' +
    'ConfigMap: unset fails, the operator\'s client-ca bundle passes, another file is left for review.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Without a client CA, kube-apiserver cannot authenticate certificate-bearing clients such as kubelets and the control plane.',
  remediation: 'Remove client-ca-file and servingInfo.clientCA overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides; add trusted CAs for users through APIServer spec.clientCA.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const arg = configArg(doc, 'apiServerArguments', 'client-ca-file');
      const serving = Field.of(doc, 'servingInfo', 'clientCA');
      const v = arg ? argValue(arg) : serving.str() ? { value: serving.str()!, field: serving } : undefined;
      const from = arg ? '"client-ca-file"' : 'servingInfo.clientCA';
      if (!v || v.value.trim() === '') return fail(v?.field ?? sectionField(doc, 'apiServerArguments'), 'neither "client-ca-file" nor servingInfo.clientCA is set, so client certificates are not verified');
      if (v.value !== EXPECTED) return manual(`${from} is "${v.value}", not the operator's "${EXPECTED}": confirm that it holds the intended client CAs`, v.field);
      return pass(v.field, `${from} is "${v.value}"`);
    });
  },
});
