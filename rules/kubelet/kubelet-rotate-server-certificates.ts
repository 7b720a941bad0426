// Kubelet serving certificate rotation: the RotateKubeletServerCertificate gate, used through serverTLSBootstrap.
import { defineRule, error, fail, manual, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletFeatureGate, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-rotate-server-certificates',
  title: 'Kubelet rotates its serving certificate',
  assessment: 'manual',
  notes: 'Passes with serverTLSBootstrap on and the gate on, fails with the gate off; with the gate on but serverTLSBootstrap off nothing rotates the serving certificate from the kubelet side, which is left for review (manual).',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'A serving certificate that is never rotated stays valid, and exposed, for its whole lifetime.',
  remediation: 'Keep the RotateKubeletServerCertificate feature gate on, set serverTLSBootstrap: true in the kubelet config file and approve the kubelet serving CSRs.',

  evaluate(node, ctx) {
    const gate = kubeletFeatureGate(node, 'RotateKubeletServerCertificate', ctx.kubernetesMinor);
    if (gate.source === 'not-collected') return error(notCollectedMessage(node, gate));
    if (gate.value !== true) return fail(settingLoc(node, gate), settingText('RotateKubeletServerCertificate', gate));
    const bootstrap = kubeletSetting(node, KUBELET_SETTINGS.serverTLSBootstrap, ctx.kubernetesMinor);
    if (bootstrap.value === true) return pass(bootstrap.loc, `${settingText('serverTLSBootstrap', bootstrap)}; ${settingText('RotateKubeletServerCertificate', gate)}`);
    return manual(`${settingText('RotateKubeletServerCertificate', gate)}, but ${settingText('serverTLSBootstrap', bootstrap)}, so the kubelet does not renew its serving certificate itself; check how it is rotated`, settingLoc(node, bootstrap));
  },
});
