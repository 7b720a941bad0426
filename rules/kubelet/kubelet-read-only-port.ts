// The kubelet's unauthenticated read-only port must be off (readOnlyPort / --read-only-port = 0).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-read-only-port',
  title: 'Kubelet read-only port is disabled',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the effective value. The default is 10255 for a kubelet without a config file and 0 with one.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'The read-only port serves pod and node details with no authentication or authorization at all.',
  remediation: 'Set readOnlyPort: 0 in the kubelet config file (or pass --read-only-port=0) and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.readOnlyPort, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.value === 0) return pass(s.loc, `the read-only port is off: ${settingText('read-only port', s)}`);
    return fail(settingLoc(node, s), `the unauthenticated read-only port is open: ${settingText('read-only port', s)}`);
  },
});
