// The kubelet's systemd unit and drop-ins (kubeadm: 10-kubeadm.conf) must be writable and readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletUnits } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-service-mode',
  title: 'Kubelet systemd unit files are mode 600 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "The unit files decide the kubelet's command line; whoever changes them changes how the kubelet runs after the next restart.",
  remediation: "Run chmod 600 on the kubelet's unit file and its drop-ins (e.g. /usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf).",

  evaluate(node) {
    return checkKubeletUnits(node, { mode: 0o600 });
  },
});
