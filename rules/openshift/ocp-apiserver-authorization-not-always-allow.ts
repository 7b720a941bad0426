// kube-apiserver's authorizer chain must not contain AlwaysAllow.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argItems, configArg, KUBE_APISERVER_CONFIG, quoted, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-authorization-not-always-allow',
  title: 'kube-apiserver does not authorize every request',
  assessment: 'manual',
  notes: 'Decided from authorization-mode in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap. Left unset, OpenShift\'s kube-apiserver uses its own chain (Scope, SystemMasters, RBAC, Node), which passes, as the benchmark says.',
  severity: 'critical',
  scope: { cluster: true },
  rationale: 'AlwaysAllow lets every authenticated request do anything, which switches RBAC off in practice.',
  remediation: 'Remove AlwaysAllow from any authorization-mode override in kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const arg = configArg(doc, 'apiServerArguments', 'authorization-mode');
      if (!arg) return pass(sectionField(doc, 'apiServerArguments'), '"authorization-mode" is not set, so OpenShift\'s default chain applies, which has no AlwaysAllow');
      const items = argItems(arg);
      const bad = items.find((i) => i.item === 'AlwaysAllow');
      if (bad) return fail(bad.field, `"authorization-mode" is ${quoted(items.map((i) => i.item))}, which includes AlwaysAllow`);
      return pass(arg.field, `"authorization-mode" is ${quoted(items.map((i) => i.item))}`);
    });
  },
});
