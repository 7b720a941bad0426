// The kubelet's config file (--config, kubeadm: /var/lib/kubelet/config.yaml), when it uses one, must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletConfigFile } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-config-mode',
  title: 'Kubelet config file is mode 600 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "The config file decides the kubelet's authentication, authorization and TLS; whoever changes it weakens the node.",
  remediation: "Run chmod 600 on the file named by the kubelet's --config (kubeadm: /var/lib/kubelet/config.yaml).",

  evaluate(node) {
    return checkKubeletConfigFile(node, { mode: 0o600 });
  },
});
