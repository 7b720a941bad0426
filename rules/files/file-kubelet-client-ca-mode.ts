// The CA bundle the kubelet trusts for client certificates (authentication.x509.clientCAFile / --client-ca-file) must be writable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletClientCA } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-client-ca-mode',
  title: 'Kubelet client CA file is mode 644 or stricter',
  assessment: 'manual',
  notes: 'Manual in the benchmark; the file is the one the effective kubelet configuration names, decided from stats.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'Whoever can change the client CA bundle can make the kubelet accept client certificates they issued.',
  remediation: "Run chmod 644 (or stricter) on the kubelet's client CA file (kubeadm: /etc/kubernetes/pki/ca.crt).",

  evaluate(node, ctx) {
    return checkKubeletClientCA(node, ctx.kubernetesMinor, { mode: 0o644 });
  },
});
