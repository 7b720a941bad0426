// Terminated pods must be garbage-collected at a deliberate threshold (--terminated-pod-gc-threshold, default 12500).
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { describeSetting, flagSetting, onComponent, parseGoInt } from '../../lib/rule/component.js';

export default defineRule({
  id: 'controllermanager-terminated-pod-gc-threshold',
  title: 'Controller manager garbage-collects terminated pods at a set threshold',
  assessment: 'manual',
  notes: 'The benchmark asks for the flag to be set as appropriate: an explicit positive value passes (its size is the operator\'s call), absence fails because the default of 12500 applies, and 0 or less fails because it turns the collector off.',
  severity: 'low',
  scope: { node: ['control-plane'] },
  rationale: 'Terminated pods kept by the thousands consume etcd space and slow the API; a threshold suited to the cluster keeps them in check.',
  remediation: 'Set --terminated-pod-gc-threshold on the controller manager to a value that fits the cluster (for example 10 on small clusters, a few hundred on busy ones).',

  evaluate: onComponent('controllermanager', (v) => {
    const s = flagSetting(v, 'terminated-pod-gc-threshold', { default: '12500' });
    const n = parseGoInt(s.value ?? '');
    if (s.source === 'default') return fail(s.loc, describeSetting(s));
    if (n === undefined) return fail(s.loc, `${describeSetting(s)}, which is not an integer`);
    if (n <= 0) return fail(s.loc, `${describeSetting(s)}, which turns garbage collection of terminated pods off`);
    return pass(s.loc, describeSetting(s));
  }),
});
