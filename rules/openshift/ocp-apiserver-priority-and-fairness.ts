// API Priority and Fairness must be on, so one client cannot starve the others.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { parseGoBool } from '../../lib/rule/flags.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argItems, argValue, configArg, KUBE_APISERVER_CONFIG, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-priority-and-fairness',
  title: 'API Priority and Fairness is on',
  assessment: 'manual',
  notes:
    'Decided from apiServerArguments in the openshift-kube-apiserver "config" ConfigMap: enable-priority-and-fairness ' +
    'false or feature gate APIPriorityAndFairness=false fails; otherwise the feature is on from Kubernetes 1.20 (GA in ' +
    '1.29), which passes when the server version or FlowSchema objects in the dump show it.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Without priority and fairness, a flood of requests from one client or controller can make the API unavailable to everyone, the control plane included.',
  remediation: 'Remove enable-priority-and-fairness=false and APIPriorityAndFairness=false overrides from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const flag = configArg(doc, 'apiServerArguments', 'enable-priority-and-fairness');
      if (flag && parseGoBool(argValue(flag).value) === false) return fail(argValue(flag).field, '"enable-priority-and-fairness" is false in apiServerArguments');
      const gates = configArg(doc, 'apiServerArguments', 'feature-gates');
      const gate = gates ? argItems(gates).filter((i) => i.item.split('=')[0].trim() === 'APIPriorityAndFairness').pop() : undefined;
      if (gate && parseGoBool(gate.item.split('=')[1]?.trim() ?? '') === false) return fail(gate.field, 'feature gate "APIPriorityAndFairness" is false in apiServerArguments');
      if (gate) return pass(gate.field, 'feature gate "APIPriorityAndFairness" is true in apiServerArguments');
      const flowSchemas = ctx.index.byKind('FlowSchema').length;
      if (ctx.kubernetesMinor !== undefined && ctx.kubernetesMinor >= 20) {
        return pass(sectionField(doc, 'apiServerArguments'), `nothing turns API Priority and Fairness off, and it is on by default in Kubernetes 1.${ctx.kubernetesMinor}`);
      }
      if (flowSchemas > 0) return pass(sectionField(doc, 'apiServerArguments'), `nothing turns API Priority and Fairness off, and the input has ${flowSchemas} FlowSchema objects`);
      return manual('nothing in apiServerArguments turns API Priority and Fairness off, but the input gives neither the server version nor FlowSchema objects: check with "oc get flowschemas"', sectionField(doc, 'apiServerArguments'));
    });
  },
});
