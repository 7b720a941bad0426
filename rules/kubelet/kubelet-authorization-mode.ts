// The kubelet must authorize requests (Webhook), not allow everything (authorization.mode / --authorization-mode).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-authorization-mode',
  title: 'Kubelet does not authorize every request',
  assessment: 'automated',
  notes: 'A kubelet without a config file defaults to AlwaysAllow; a config file defaults to Webhook.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'In AlwaysAllow mode every authenticated (or anonymous) caller may run commands in pods and read their logs through the kubelet.',
  remediation: 'Set authorization.mode: Webhook in the kubelet config file (or pass --authorization-mode=Webhook) and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.authorizationMode, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.invalid || s.value === 'AlwaysAllow' || s.value === '') return fail(settingLoc(node, s), settingText('authorization mode', s));
    return pass(s.loc, settingText('authorization mode', s));
  },
});
