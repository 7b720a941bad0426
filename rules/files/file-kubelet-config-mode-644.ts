// The kubelet's config file (--config; EKS /etc/kubernetes/kubelet/kubelet-config.json, GKE /home/kubernetes/kubelet-config.yaml) must be writable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletConfigFile } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-config-mode-644',
  title: 'Kubelet config file is mode 644 or stricter',
  assessment: 'automated',
  notes: 'The managed-service benchmarks accept 644 where the generic ones ask 600; the file is the one the kubelet\'s --config names, wherever the provider keeps it.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: "The config file decides the kubelet's authentication, authorization and TLS; whoever changes it weakens the node.",
  remediation: "Run chmod 644 (or stricter) on the file named by the kubelet's --config (EKS: /etc/kubernetes/kubelet/kubelet-config.json, GKE: /home/kubernetes/kubelet-config.yaml).",

  evaluate(node) {
    return checkKubeletConfigFile(node, { mode: 0o644 });
  },
});
