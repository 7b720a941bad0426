// The kubelet's systemd unit and drop-ins on OpenShift nodes belong to root:root.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkKubeletUnits } from '../../lib/rule/node-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-kubelet-service-owner',
  title: 'Kubelet service files are owned by root:root',
  assessment: 'automated',
  notes: 'The Machine Config Operator writes /etc/systemd/system/kubelet.service and its drop-ins in kubelet.service.d; every one collected is judged. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'A unit file owned by another account lets that account change how the kubelet starts.',
  remediation: 'Restore root:root on the kubelet unit files; change them only through MachineConfig objects.',

  evaluate(node) {
    return checkKubeletUnits(node, { owner: ROOT });
  },
});
