// The PKI folder (kubeadm: /etc/kubernetes/pki) and everything in it must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkPkiFiles } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-pki-owner',
  title: 'Kubernetes PKI folder and files are owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "The PKI folder holds the cluster's CA keys and component keys; a non-root owner can read or replace them.",
  remediation: 'Run chown -R root:root on the PKI folder (kubeadm: /etc/kubernetes/pki).',

  evaluate(node) {
    return checkPkiFiles(node, { owner: ROOT }, () => true, 'files and folders');
  },
});
