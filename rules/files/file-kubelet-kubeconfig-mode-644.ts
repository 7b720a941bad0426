// The kubelet's kubeconfig (--kubeconfig; /var/lib/kubelet/kubeconfig on EKS, AKS and GKE nodes) must be writable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { missingPolicy, withKubelet } from '../../lib/rule/node-files.js';
import { kubeletKubeconfig } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-kubeconfig-mode-644',
  title: 'Kubelet kubeconfig is mode 644 or stricter',
  assessment: 'automated',
  notes: 'The managed-service and OpenShift benchmarks accept 644 where the generic ones ask 600; the file is the one the kubelet\'s --kubeconfig names.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "The kubelet's kubeconfig points at its client credentials; whoever can change it can make the node talk to another API server or as another identity.",
  remediation: "Run chmod 644 (or stricter) on the file named by the kubelet's --kubeconfig (EKS, AKS and GKE: /var/lib/kubelet/kubeconfig).",

  evaluate(node, ctx) {
    return withKubelet(node, () => {
      const target = kubeletKubeconfig(node, ctx.kubernetesMinor);
      return checkFile(node, target, { mode: 0o644, ifMissing: missingPolicy(target), what: "the kubelet's kubeconfig" });
    });
  },
});
