// The kubelet must verify client certificates against a CA (authentication.x509.clientCAFile / --client-ca-file).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-client-ca-file',
  title: 'Kubelet verifies client certificates against a CA',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'Without a client CA the kubelet cannot authenticate the API server and other clients by certificate.',
  remediation: 'Set authentication.x509.clientCAFile in the kubelet config file (or pass --client-ca-file) to the cluster CA bundle and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.clientCAFile, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (typeof s.value === 'string' && s.value !== '') return pass(s.loc, settingText('client CA file', s));
    return fail(settingLoc(node, s), `no client CA file is set: ${settingText('client CA file', s)}`);
  },
});
