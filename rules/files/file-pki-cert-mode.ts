// Every certificate (*.crt) under the PKI folder must be writable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkPkiFiles } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-pki-cert-mode',
  title: 'Kubernetes PKI certificates are mode 644 or stricter',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the collected stats of every *.crt file under the PKI folder.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'A certificate others can write can be swapped for one that makes components trust an attacker.',
  remediation: 'Run chmod 644 (or stricter) on every *.crt file under the PKI folder (kubeadm: /etc/kubernetes/pki).',

  evaluate(node) {
    return checkPkiFiles(node, { mode: 0o644 }, (st) => st.type === 'file' && st.path.endsWith('.crt'), 'certificate files');
  },
});
