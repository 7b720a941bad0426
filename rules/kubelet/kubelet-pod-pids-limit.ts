// Pods must have a PID limit (podPidsLimit / --pod-max-pids).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-pod-pids-limit',
  title: 'Kubelet limits the number of PIDs per pod',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the effective value: a positive limit passes, the default -1 (no limit) and 0 fail.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Without a per-pod PID limit one pod can fork until the node runs out of process IDs (a fork bomb takes the node down).',
  remediation: 'Set podPidsLimit to a positive number suited to your workloads in the kubelet config file (or --pod-max-pids) and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.podPidsLimit, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (typeof s.value === 'number' && s.value > 0) return pass(s.loc, settingText('pod PID limit', s));
    return fail(settingLoc(node, s), `pods have no PID limit: ${settingText('pod PID limit', s)}`);
  },
});
