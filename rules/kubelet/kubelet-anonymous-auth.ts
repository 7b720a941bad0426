// The kubelet must reject anonymous requests (authentication.anonymous.enabled / --anonymous-auth).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-anonymous-auth',
  title: 'Kubelet rejects anonymous requests',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'With anonymous access on, anyone who reaches the kubelet port gets through authentication as system:anonymous.',
  remediation: 'Set authentication.anonymous.enabled: false in the kubelet config file (or pass --anonymous-auth=false) and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.anonymousAuth, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.value === false) return pass(s.loc, `anonymous requests are rejected: ${settingText('anonymous auth', s)}`);
    return fail(settingLoc(node, s), `anonymous requests are accepted: ${settingText('anonymous auth', s)}`);
  },
});
