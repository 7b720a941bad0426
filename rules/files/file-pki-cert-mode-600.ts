// Every certificate (*.crt) under the PKI folder must be readable and writable by root only (CIS 1.10).
import { defineRule } from '../../lib/rule/define.js';
import { checkPkiFiles } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-pki-cert-mode-600',
  title: 'Kubernetes PKI certificates are mode 600 or stricter',
  assessment: 'manual',
  notes: 'CIS 1.10 asks 600 for certificates (later versions accept 644, see file-pki-cert-mode); decided from the collected stats of every *.crt file under the PKI folder.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'A certificate others can write can be swapped for one that makes components trust an attacker; keeping it private also hides which names and CAs the cluster uses.',
  remediation: 'Run chmod 600 on every *.crt file under the PKI folder (kubeadm: /etc/kubernetes/pki).',

  evaluate(node) {
    return checkPkiFiles(node, { mode: 0o600 }, (st) => st.type === 'file' && st.path.endsWith('.crt'), 'certificate files');
  },
});
