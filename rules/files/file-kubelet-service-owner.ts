// The kubelet's systemd unit and drop-ins must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkKubeletUnits } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-service-owner',
  title: 'Kubelet systemd unit files are owned by root:root',
  assessment: 'automated',
  notes: 'When no kubelet unit file exists (the kubelet is not run by systemd) the result is not-applicable rather than a pass.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "A non-root owner of the kubelet's unit files can change the kubelet's command line.",
  remediation: "Run chown root:root on the kubelet's unit file and its drop-ins.",

  evaluate(node) {
    return checkKubeletUnits(node, { owner: ROOT });
  },
});
