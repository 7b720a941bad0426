// The kubelet should not override its hostname (--hostname-override, a command-line-only setting).
import { defineRule, error, fail, manual, pass } from '../../lib/rule/define.js';
import { hasKubeletCommandLine, KUBELET_SETTINGS, kubeletSetting, notCollectedMessage, settingLoc } from '../../lib/rule/kubelet.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'kubelet-hostname-override',
  title: 'Kubelet does not override its hostname',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the kubelet command line. Some cloud providers need the flag, which then shows as a failure to review.',
  severity: 'low',
  scope: { node: ['worker'] },
  rationale: 'A node name that differs from the host name can break TLS name checks between the kubelet and the API server.',
  remediation: 'Remove --hostname-override from the kubelet command line (systemd drop-in or kubeadm-flags.env) unless the cloud provider requires it.',

  evaluate(node, ctx) {
    if (!hasKubeletCommandLine(node)) {
      if (node.kubeletConfigz) return manual('--hostname-override is a command-line flag and the kubelet command line was not collected (only configz)');
    }
    const s = kubeletSetting(node, KUBELET_SETTINGS.hostnameOverride, ctx.kubernetesMinor);
    if (s.source === 'not-collected') return error(notCollectedMessage(node, s));
    if (s.source === 'flag' && s.value !== '') return fail(settingLoc(node, s), `the kubelet overrides its hostname with --hostname-override="${String(s.value)}"`);
    return pass(s.loc, s.source === 'flag' ? '--hostname-override is empty' : '--hostname-override is not given');
  },
});
