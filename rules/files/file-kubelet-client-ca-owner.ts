// The CA bundle the kubelet trusts for client certificates must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkKubeletClientCA } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-kubelet-client-ca-owner',
  title: 'Kubelet client CA file is owned by root:root',
  assessment: 'manual',
  notes: 'Manual in the benchmark; the file is the one the effective kubelet configuration names, decided from stats.',
  severity: 'high',
  scope: { node: ['worker'] },
  rationale: 'A non-root owner of the client CA bundle can add a CA of their own.',
  remediation: "Run chown root:root on the kubelet's client CA file (kubeadm: /etc/kubernetes/pki/ca.crt).",

  evaluate(node, ctx) {
    return checkKubeletClientCA(node, ctx.kubernetesMinor, { owner: ROOT });
  },
});
