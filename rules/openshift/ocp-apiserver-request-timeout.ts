// kube-apiserver request timeouts must be set to deliberate, positive values.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { parseGoDuration } from '../../lib/rule/kubelet.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-request-timeout',
  title: 'kube-apiserver request timeouts are set',
  assessment: 'manual',
  notes:
    'Decided from apiServerArguments of the openshift-kube-apiserver "config" ConfigMap: min-request-timeout must be a ' +
    'positive number of seconds (the operator sets 3600), and request-timeout, when set, a positive duration.',
  severity: 'low',
  scope: { cluster: true },
  rationale: 'Timeouts bound how long a client can hold kube-apiserver resources, which limits slow-request denial of service.',
  remediation: 'Keep min-request-timeout (and request-timeout, if overridden) at positive values; remove zero or invalid overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const rt = configArg(doc, 'apiServerArguments', 'request-timeout');
      if (rt) {
        const v = argValue(rt);
        const ms = parseGoDuration(v.value.trim());
        if (ms === undefined || ms <= 0) return fail(v.field, `"request-timeout" is "${v.value}", which is not a positive duration`);
      }
      const min = configArg(doc, 'apiServerArguments', 'min-request-timeout');
      if (!min) return fail(sectionField(doc, 'apiServerArguments'), '"min-request-timeout" is not set in apiServerArguments');
      const v = argValue(min);
      if (!/^\d+$/.test(v.value.trim()) || Number(v.value.trim()) === 0) return fail(v.field, `"min-request-timeout" is "${v.value}", which is not a positive number of seconds`);
      return pass(v.field, `"min-request-timeout" is ${Number(v.value.trim())} seconds${rt ? ` and "request-timeout" is "${argValue(rt).value}"` : ''}`);
    });
  },
});
