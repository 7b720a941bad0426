// The kubelet must manage its iptables utility chains (makeIPTablesUtilChains / --make-iptables-util-chains).
import { defineRule, error, fail, pass } from '../../lib/rule/define.js';
import { KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc, settingText } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-make-iptables-util-chains',
  title: 'Kubelet manages its iptables chains',
  assessment: 'automated',
  severity: 'low',
  scope: { node: ['worker'] },
  rationale: 'Letting the kubelet keep its iptables chains in step with pod networking avoids rules drifting from what the cluster expects.',
  remediation: 'Remove makeIPTablesUtilChains: false from the kubelet config file (or --make-iptables-util-chains=false) and restart the kubelet.',

  evaluate(node, ctx) {
    const s = kubeletSetting(node, KUBELET_SETTINGS.makeIPTablesUtilChains, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.value === true) return pass(s.loc, settingText('make-iptables-util-chains', s));
    return fail(settingLoc(node, s), settingText('make-iptables-util-chains', s));
  },
});
