// RBAC is part of kube-apiserver's authorizer chain.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { withConfig } from '../../lib/rule/openshift-checks.js';
import { argItems, configArg, KUBE_APISERVER_CONFIG, quoted, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget } from '../../lib/rule/types.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-authorization-rbac',
  title: 'kube-apiserver authorizes requests with RBAC',
  assessment: 'manual',
  notes: 'Decided from authorization-mode in apiServerArguments of the openshift-kube-apiserver "config" ConfigMap. Left unset, OpenShift\'s kube-apiserver uses its own chain, which includes RBAC, so that passes, as the benchmark says.',
  severity: 'high',
  scope: { cluster: true },
  rationale: 'Without the RBAC authorizer, Roles and bindings have no effect and access control rests on whatever else is in the chain.',
  remediation: 'Keep RBAC in authorization-mode: remove any authorization-mode override from kubeapiserver/cluster spec.unsupportedConfigOverrides.',

  evaluate(_cluster, ctx) {
    return withConfig(ctx, KUBE_APISERVER_CONFIG, (doc) => {
      const arg = configArg(doc, 'apiServerArguments', 'authorization-mode');
      if (!arg) return pass(sectionField(doc, 'apiServerArguments'), '"authorization-mode" is not set, so OpenShift\'s default chain applies, which includes RBAC');
      const items = argItems(arg).map((i) => i.item);
      const text = `"authorization-mode" is ${quoted(items)}`;
      return items.includes('RBAC') ? pass(arg.field, text) : fail(arg.field, `${text}, without RBAC`);
    });
  },
});
