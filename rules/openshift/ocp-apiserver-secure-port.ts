// kube-apiserver must serve on a secure port (servingInfo.bindAddress, secure-port not 0).
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-secure-port',
  title: 'kube-apiserver serves on a secure port',
  assessment: 'manual',
  notes: 'Decided from the openshift-kube-apiserver "config" ConfigMap: servingInfo.bindAddress must not end in port 0 and apiServerArguments secure-port must not be "0". Unset, kube-apiserver listens on 6443.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Port 0 turns TLS serving off, leaving no authenticated, encrypted way to reach the API.',
  remediation: 'Remove servingInfo.bindAddress and secure-port overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides (the operator binds 0.0.0.0:6443).',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const port = configArg(doc, 'apiServerArguments', 'secure-port');
      if (port && argValue(port).value.trim() === '0') return fail(argValue(port).field, '"secure-port" is "0" in apiServerArguments, which turns TLS serving off');
      const bind = Field.of(doc, 'servingInfo', 'bindAddress');
      const addr = bind.str();
      if (addr !== undefined) {
        const p = /:(\d+)$/.exec(addr)?.[1];
        if (p === '0') return fail(bind, `servingInfo.bindAddress is "${addr}", which turns TLS serving off`);
        return pass(bind, `servingInfo.bindAddress is "${addr}"`);
      }
      if (port) return pass(argValue(port).field, `"secure-port" is "${argValue(port).value}" in apiServerArguments`);
      return pass(Field.of(doc, 'servingInfo'), 'neither servingInfo.bindAddress nor secure-port is set, so kube-apiserver serves TLS on its default port 6443');
    });
  },
});
