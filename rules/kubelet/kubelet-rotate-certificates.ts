// The kubelet must rotate its client certificate (rotateCertificates / --rotate-certificates).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-rotate-certificates',
  title: 'Kubelet rotates its client certificate',
  assessment: 'automated',
  notes: 'The benchmark only asks that it is not set to false, but the kubelet default is false: an unset value fails, naming the default.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Without rotation the kubelet client certificate expires or, if long-lived, stays valid long after it should have been replaced.',
  remediation: 'Set rotateCertificates: true in the kubelet config file (or pass --rotate-certificates) and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.rotateCertificates, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.value === true) return pass(s.loc, settingText('client certificate rotation', s));
    return fail(settingLoc(node, s), `the client certificate is not rotated: ${settingText('client certificate rotation', s)}`);
  },
});
