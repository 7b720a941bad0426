// Every private key (*.key) under the PKI folder must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkPkiFiles } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-pki-key-mode',
  title: 'Kubernetes PKI private keys are mode 600',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the collected stats of every *.key file under the PKI folder.',
  severity: 'critical',
  scope: { node: ['control-plane'] },
  rationale: "Private keys under the PKI folder (the cluster CA's among them) let whoever reads them impersonate components or sign new identities.",
  remediation: 'Run chmod 600 on every *.key file under the PKI folder (kubeadm: /etc/kubernetes/pki).',

  evaluate(node) {
    return checkPkiFiles(node, { mode: 0o600 }, (st) => st.type === 'file' && st.path.endsWith('.key'), 'private key files');
  },
});
