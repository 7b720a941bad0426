// The CA bundle the kubelet trusts for client certificates must be readable and writable by root only (CIS 1.10).
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletClientCA } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-client-ca-mode-600',
  title: 'Kubelet client CA file is mode 600 or stricter',
  assessment: 'manual',
  notes: 'CIS 1.10 asks 600 (later versions accept 644, see file-kubelet-client-ca-mode); the file is the one the effective kubelet configuration names, decided from stats.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'Whoever can change the client CA bundle can make the kubelet accept client certificates they issued.',
  remediation: "Run chmod 600 on the kubelet's client CA file (kubeadm: /etc/kubernetes/pki/ca.crt).",

  evaluate(node, ctx) {
    return checkKubeletClientCA(node, ctx.kubernetesMinor, { mode: 0o600 });
  },
});
