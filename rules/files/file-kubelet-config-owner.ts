// The kubelet's config file, when it uses one, must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkKubeletConfigFile } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-config-owner',
  title: 'Kubelet config file is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "A non-root owner of the kubelet's config file can change its security settings.",
  remediation: "Run chown root:root on the file named by the kubelet's --config (kubeadm: /var/lib/kubelet/config.yaml).",

  evaluate(node) {
    return checkKubeletConfigFile(node, { owner: ROOT });
  },
});
