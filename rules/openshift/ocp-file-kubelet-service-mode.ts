// The kubelet's systemd unit and drop-ins on OpenShift nodes are mode 644 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletUnits } from '../../lib/rule/node-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-kubelet-service-mode',
  title: 'Kubelet service files are mode 644 or stricter',
  assessment: 'automated',
  notes: 'The Machine Config Operator writes /etc/systemd/system/kubelet.service and its drop-ins in kubelet.service.d; every one collected is judged. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'The unit file decides how the kubelet starts; whoever can change it can turn off its security settings.',
  remediation: 'Restore mode 644 on the kubelet unit files; change them only through MachineConfig objects so the Machine Config Operator keeps nodes consistent.',

  evaluate(node) {
    return checkKubeletUnits(node, { mode: 0o644 });
  },
});
