// Containers without a seccomp profile must get the runtime's default profile (seccompDefault / --seccomp-default).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-seccomp-default',
  title: 'Kubelet applies the default seccomp profile',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the effective value (default false).',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Without a default profile, containers that set none run unconfined and can use every system call.',
  remediation: 'Set seccompDefault: true in the kubelet config file (or pass --seccomp-default) and restart the kubelet; test workloads first.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.seccompDefault, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.value === true) return pass(s.loc, settingText('seccomp default', s));
    return fail(settingLoc(node, s), `containers without a seccomp profile run unconfined: ${settingText('seccomp default', s)}`);
  },
});
