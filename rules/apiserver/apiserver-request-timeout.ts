// --request-timeout (default 1m0s) should fit the cluster; only values long enough to defeat the timeout fail.
import { defineRule, fail, manual } from '../../lib/rule/define.js';
import { describeSetting, flagSetting, onComponent, parseGoDuration } from '../../lib/rule/component.js';

/** Longer than this, a request timeout no longer protects the API server from held-open connections. */
const ABSURD_MS = 60 * 60 * 1000;

export default defineRule({
  id: 'apiserver-request-timeout',
  title: 'API server request timeout is appropriate',
  assessment: 'manual',
  notes: 'What is appropriate depends on the cluster, so this stays manual; timeouts over one hour fail.',
  severity: 'low',
  scope: { node: ['control-plane'] },
  rationale: 'A bounded request timeout stops slow or stalled clients from holding API server connections and memory indefinitely.',
  remediation: 'Keep the default --request-timeout of 1m0s, or raise it only as far as large list or slow webhook requests need (for example 300s).',

  evaluate: onComponent('apiserver', (v) => {
    const s = flagSetting(v, 'request-timeout', { default: '1m0s' });
    const ms = parseGoDuration(s.value ?? '');
    if (ms === undefined) return manual(`${describeSetting(s)}, which is not a duration the API server accepts`, s.loc);
    if (ms > ABSURD_MS) return fail(s.loc, `${describeSetting(s)}, longer than one hour`);
    return manual(`${describeSetting(s)}; confirm it suits the cluster`, s.loc);
  }),
});
