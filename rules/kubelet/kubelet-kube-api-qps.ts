// The kubelet's API request rate limit (kubeAPIQPS / --kube-api-qps) must not throttle what it reports.
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { atVersion, kubeletSetting, minorOf, notCollectedMessage, settingLoc, settingText, type KubeletSettingSpec } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

/** kubeAPIQPS defaults to 5 before v1.27 and 50 since (KEP-1040 raised the kubelet's API limits). */
const KUBE_API_QPS: KubeletSettingSpec = { flag: 'kube-api-qps', config: ['kubeAPIQPS'], type: 'int', configDefault: [[0, 5], [27, 50]] };

export default defineRule<NodeFacts>({
  id: 'kubelet-kube-api-qps',
  title: 'Kubelet API request rate does not throttle event capture',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided statically as for the event rate: 0 (which the benchmark accepts; the client library\'s default then applies) or at least the default of the version (5 before v1.27, 50 since) passes; a lower positive limit fails.',
  severity: 'low',
  scope: { node: ['worker'] },
  rationale: 'A kubelet throttled below its default falls behind on status updates and events, which then miss from investigations.',
  remediation: 'Remove a low kubeAPIQPS from the kubelet configuration (on OpenShift, from the KubeletConfig custom resource) or raise it to at least the default, and let the kubelet restart.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBE_API_QPS, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    const def = atVersion(KUBE_API_QPS.configDefault, minorOf(node.kubernetesVersion) ?? ctx.kubernetesMinor) as number;
    const qps = typeof s.value === 'number' ? s.value : undefined;
    if (qps === undefined || qps < 0) return fail(settingLoc(node, s), `${settingText('kubeAPIQPS', s)}, which the kubelet refuses`);
    if (qps === 0) return pass(s.loc, `${settingText('kubeAPIQPS', s)}: the client library's default rate applies, as the benchmark allows`);
    if (qps >= def) return pass(s.loc, `${settingText('kubeAPIQPS', s)}, at or above the default of ${def}`);
    return fail(settingLoc(node, s), `${settingText('kubeAPIQPS', s)}, below the default of ${def}, so the kubelet's status updates and events are throttled`);
  },
});
