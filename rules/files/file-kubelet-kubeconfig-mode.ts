// The kubelet's kubeconfig (--kubeconfig, kubeadm: /etc/kubernetes/kubelet.conf) must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { missingPolicy, withKubelet } from '../../lib/rule/node-files.js';
import { kubeletKubeconfig } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-kubeconfig-mode',
  title: 'Kubelet kubeconfig is mode 600 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "The kubelet's kubeconfig points at its client credentials; others reading it can act as the node.",
  remediation: "Run chmod 600 on the file named by the kubelet's --kubeconfig (kubeadm: /etc/kubernetes/kubelet.conf).",

  evaluate(node, ctx) {
    return withKubelet(node, () => {
      const target = kubeletKubeconfig(node, ctx.kubernetesMinor);
      return checkFile(node, target, { mode: 0o600, ifMissing: missingPolicy(target), what: "the kubelet's kubeconfig" });
    });
  },
});
