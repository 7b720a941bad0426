// The API server must load an audit policy (--audit-policy-file) that was collected, parses as an audit.k8s.io
// Policy the server would accept, and has a backend to write to.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { configDocFor, describeSetting, flagSetting, isVerdict, onComponent } from '../../lib/rule/component.js';
import { policyProblems } from '../../lib/rule/audit-policy.js';

export default defineRule({
  id: 'audit-policy-file',
  title: 'API server loads an audit policy',
  assessment: 'manual',
  notes: 'Decided from the data: the flag is set, the file is in the bundle and is a Policy the API server would load, and an audit backend (log file or webhook) receives the events. Its coverage is judged by audit-policy-coverage.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without an audit policy the API server records no audit events at all, whatever the log flags say.',
  remediation: 'Write an audit.k8s.io/v1 Policy (at least Metadata for all requests), pass it with --audit-policy-file, and send events to --audit-log-path or --audit-webhook-config-file.',

  evaluate: onComponent('apiserver', (v) => {
    const s = flagSetting(v, 'audit-policy-file');
    if (s.value === undefined || s.value === '') return fail(s.loc, `${describeSetting(s)}, so the API server records no audit events`);
    const found = configDocFor(v, s, 'audit policy file');
    if (isVerdict(found)) return found;
    const problems = policyProblems(found.doc, v.minor);
    if (problems.length) return fail(problems[0].loc, `audit policy "${s.value}": ${problems[0].message}`);
    const log = flagSetting(v, 'audit-log-path');
    const webhook = flagSetting(v, 'audit-webhook-config-file');
    if (!log.value && !webhook.value) {
      return fail(s.loc, `${describeSetting(s)}, but neither "--audit-log-path" nor "--audit-webhook-config-file" is set, so its events go nowhere`);
    }
    const rules = Array.isArray(found.doc.obj.rules) ? found.doc.obj.rules.length : 0;
    return pass(s.loc, `${describeSetting(s)}, a Policy with ${rules} ${rules === 1 ? 'rule' : 'rules'}`);
  }),
});
