// Idle streaming connections (exec, attach, port-forward) must time out (streamingConnectionIdleTimeout != 0).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { durationMs, KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-streaming-connection-idle-timeout',
  title: 'Kubelet closes idle streaming connections',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the effective value (default 4h).',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Streaming connections that never time out can be left open indefinitely and exhaust the node or stay available to whoever holds them.',
  remediation: 'Set streamingConnectionIdleTimeout to a non-zero duration (e.g. 5m) in the kubelet config file, or remove a 0 value, and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.streamingConnectionIdleTimeout, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    const ms = durationMs(s);
    if (ms !== undefined && ms > 0) return pass(s.loc, settingText('streaming connection idle timeout', s));
    return fail(settingLoc(node, s), `idle streaming connections never time out: ${settingText('streaming connection idle timeout', s)}`);
  },
});
