// The kubelet's kubeconfig must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkFile } from '../../lib/rule/file-mode.js';
import { missingPolicy, withKubelet } from '../../lib/rule/node-files.js';
import { kubeletKubeconfig } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-kubeconfig-owner',
  title: 'Kubelet kubeconfig is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "A non-root owner of the kubelet's kubeconfig can read or redirect the node's credentials.",
  remediation: "Run chown root:root on the file named by the kubelet's --kubeconfig (kubeadm: /etc/kubernetes/kubelet.conf).",

  evaluate(node, ctx) {
    return withKubelet(node, () => {
      const target = kubeletKubeconfig(node, ctx.kubernetesMinor);
      return checkFile(node, target, { owner: ROOT, ifMissing: missingPolicy(target), what: "the kubelet's kubeconfig" });
    });
  },
});
