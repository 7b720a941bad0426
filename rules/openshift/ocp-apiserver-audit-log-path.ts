// Both API servers (kube-apiserver and openshift-apiserver) must write an audit log.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { argValue, configArg, KUBE_APISERVER_CONFIG, OPENSHIFT_APISERVER_CONFIG, operatorConfig, refLabel, sectionField } from '../../lib/rule/openshift-config.js';
import type { ClusterTarget, Verdict } from '../../lib/rule/types.js';
import type { Field } from '../../lib/rule/field.js';

export default defineRule<ClusterTarget>({
  id: 'ocp-apiserver-audit-log-path',
  title: 'Both API servers write an audit log',
  assessment: 'manual',
  notes:
    'Decided from audit-log-path in apiServerArguments of the "config" ConfigMaps of openshift-kube-apiserver and ' +
    'openshift-apiserver; both must be set (the operators use /var/log/kube-apiserver/audit.log and ' +
    '/var/log/openshift-apiserver/audit.log). Whether the audit policy records anything is 3.2.1.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Without an audit log there is no record of who did what through the API.',
  remediation: 'Remove audit-log-path overrides from kubeapiserver/cluster and openshiftapiserver/cluster spec.unsupportedConfigOverrides; choose what is recorded through the APIServer audit profile instead.',

  evaluate(_cluster, ctx) {
    const paths: { text: string; field: Field }[] = [];
    for (const ref of [KUBE_APISERVER_CONFIG, OPENSHIFT_APISERVER_CONFIG]) {
      const c = operatorConfig(ctx, ref);
      if ('verdict' in c) return c.verdict as Verdict;
      const arg = configArg(c.doc, 'apiServerArguments', 'audit-log-path');
      if (!arg) return fail(sectionField(c.doc, 'apiServerArguments'), `"audit-log-path" is not set in apiServerArguments of ${refLabel(ref)}, so ${ref.what.replace(/^the /, '').replace(/ configuration$/, '')} writes no audit log`);
      const v = argValue(arg);
      if (v.value.trim() === '') return fail(v.field, `"audit-log-path" is empty in ${refLabel(ref)}`);
      paths.push({ text: `"${v.value}" (${refLabel(ref)})`, field: v.field });
    }
    return pass(paths[0].field, `audit logs are written to ${paths.map((p) => p.text).join(' and ')}`);
  },
});
