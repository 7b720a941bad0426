// kube-proxy's kubeconfig on the node (its config file's clientConnection.kubeconfig or --kubeconfig) must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkProxyKubeconfig } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-proxy-kubeconfig-mode',
  title: 'kube-proxy kubeconfig, if present, is mode 600 or stricter',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from stats when kube-proxy runs on the host. A kube-proxy run as a DaemonSet reads its kubeconfig from a ConfigMap inside its container, which has no host file: manual.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: "kube-proxy's kubeconfig carries its API credentials; others reading it can act as kube-proxy.",
  remediation: "Run chmod 600 on kube-proxy's kubeconfig file (kube-bench's default place: /etc/kubernetes/proxy.conf).",

  evaluate(node) {
    return checkProxyKubeconfig(node, { mode: 0o600 });
  },
});
