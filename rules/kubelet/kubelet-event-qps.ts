// The kubelet's event rate limit must not drop events the cluster needs (eventRecordQPS / --event-qps).
//
// 0 is not "unlimited": the kubelet then uses the client's default rate (kubernetes/kubernetes#117101). So a limit
// at or above the kubelet default for that version, or 0, passes; a limit below the default loses events and fails.
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { atVersion, KUBELET_SETTINGS, kubeletSetting, minorOf, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-event-qps',
  title: 'Kubelet event rate limit does not drop events',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided statically: the default (5 before v1.27, 50 since) or higher, or 0, passes; a lower limit fails.',
  severity: 'low',
  scope: { node: ['worker'] },
  rationale: 'Events that the kubelet drops under a low rate limit are missing when an incident is investigated.',
  remediation: 'Remove a low eventRecordQPS from the kubelet config file (or --event-qps), or set it at least to the default for your version, and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.eventRecordQPS, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    const minor = minorOf(node.kubernetesVersion) ?? ctx.kubernetesMinor;
    const def = atVersion(KUBELET_SETTINGS.eventRecordQPS.configDefault, minor) as number;
    const qps = typeof s.value === 'number' ? s.value : undefined;
    if (qps === undefined || qps < 0) return fail(settingLoc(node, s), `${settingText('event QPS', s)}, which the kubelet refuses`);
    if (qps === 0) return pass(s.loc, `${settingText('event QPS', s)}: the kubelet applies its default rate limit`);
    if (qps >= def) return pass(s.loc, `${settingText('event QPS', s)}, at or above the default of ${def}`);
    return fail(settingLoc(node, s), `${settingText('event QPS', s)}, below the default of ${def}, so bursts of events are dropped`);
  },
});
