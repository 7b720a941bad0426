// The audit policy must cover the benchmark's key concerns, judged by probing it as the API server would: secrets,
// configmaps and tokenreviews at Metadata exactly, pod exec/attach/proxy, pod and deployment changes and RBAC
// changes at Metadata or above, and a catch-all at Metadata or above.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { configDocFor, describeSetting, flagSetting, isVerdict, onComponent } from '../../lib/rule/component.js';
import { auditCoverage, policyProblems } from '../../lib/rule/audit-policy.js';

export default defineRule({
  id: 'audit-policy-coverage',
  title: 'Audit policy covers key security concerns',
  assessment: 'manual',
  notes: 'Decided statically by evaluating the policy rules (first match wins) for representative requests; a pass means every probed concern is logged at the right level, not that the policy suits every need.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'An audit trail is only useful if it records access to secrets, interactive access to pods and permission changes, without copying secret contents into the log.',
  remediation: 'Order the policy so that secrets, configmaps and tokenreviews match a Metadata rule first, pods/exec, attach, portforward and proxy, workload and RBAC changes are logged at Metadata or above, and a final rule logs everything else at Metadata.',

  evaluate: onComponent('apiserver', (v) => {
    const s = flagSetting(v, 'audit-policy-file');
    if (s.value === undefined || s.value === '') return fail(s.loc, `${describeSetting(s)}, so no concern is logged`);
    const found = configDocFor(v, s, 'audit policy file');
    if (isVerdict(found)) return found;
    const problems = policyProblems(found.doc, v.minor);
    if (problems.length) return fail(problems[0].loc, `audit policy "${s.value}": ${problems[0].message}`);
    const findings = auditCoverage(found.doc);
    if (findings.length === 0) {
      return pass(s.loc, `audit policy "${s.value}" logs secrets, configmaps and tokenreviews at Metadata, pod access, workload and RBAC changes, and everything else`);
    }
    return fail(findings[0].loc, `audit policy "${s.value}": ${findings.map((f) => f.message).join('; ')}`);
  }),
});
