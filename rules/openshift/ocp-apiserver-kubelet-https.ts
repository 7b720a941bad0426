// kube-apiserver reaches kubelets over HTTPS and authenticates with a client certificate.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { parseGoBool } from '../../lib/rule/flags.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-kubelet-https',
  title: 'kube-apiserver uses HTTPS with a client certificate towards kubelets',
  assessment: 'manual',
  notes:
    'Decided from apiServerArguments in the openshift-kube-apiserver "config" ConfigMap: kubelet-https must not be ' +
    'false (the flag is gone in current releases, where HTTPS is the only choice) and kubelet-client-certificate and ' +
    'kubelet-client-key must be set. When the dump has Secret openshift-apiserver/serving-cert, it must be a TLS secret.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Plain HTTP or an unauthenticated connection to the kubelet exposes exec, logs and pod data to anyone on the node network.',
  remediation: 'Leave the kubelet connection settings to the kube-apiserver operator: remove any kubelet-https or kubelet-client-* override from spec.unsupportedConfigOverrides of kubeapiserver/cluster.',

  evaluate(_cluster, ctx) {
    const serving = ctx.index.get('Secret', 'openshift-apiserver', 'serving-cert');
    if (serving && Field.of(serving, 'type').value !== 'kubernetes.io/tls') {
      return fail(Field.of(serving, 'type'), `Secret "openshift-apiserver/serving-cert" has type "${String(Field.of(serving, 'type').value ?? 'Opaque')}", not "kubernetes.io/tls"`);
    }
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const https = configArg(doc, 'apiServerArguments', 'kubelet-https');
      if (https && parseGoBool(argValue(https).value) === false) {
        return fail(argValue(https).field, '"kubelet-https" is false, so kube-apiserver talks to kubelets over plain HTTP');
      }
      const cert = configArg(doc, 'apiServerArguments', 'kubelet-client-certificate');
      const key = configArg(doc, 'apiServerArguments', 'kubelet-client-key');
      if (!cert || !key) {
        return fail(sectionField(doc, 'apiServerArguments'), `"${!cert ? 'kubelet-client-certificate' : 'kubelet-client-key'}" is not set in apiServerArguments, so kube-apiserver connects to kubelets without a client certificate`);
      }
      return pass(argValue(cert).field, `kube-apiserver connects to kubelets over HTTPS with client certificate "${argValue(cert).value}"`);
    });
  },
});
