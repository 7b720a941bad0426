// /etc/kubernetes/azure.json (the Azure cloud provider configuration on each AKS node) must be writable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { AKS_AZURE_JSON } from '../../lib/rule/managed.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'aks-file-azure-json-mode',
  title: 'azure.json on AKS nodes is mode 644 or stricter',
  assessment: 'automated',
  notes: 'The benchmark names /etc/kubernetes/azure.json (kube-bench looks at the kubelet config instead); decided from the collected stat. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'azure.json tells the node which identity and resources to use with Azure; whoever can rewrite it can redirect the node\'s cloud operations.',
  remediation: 'Run chmod 644 (or stricter) on /etc/kubernetes/azure.json; AKS node images ship it that way, so a looser mode means the node was changed.',

  evaluate(node) {
    return checkFile(node, AKS_AZURE_JSON, { mode: 0o644, ifMissing: 'not-applicable', what: 'the Azure cloud provider configuration' });
  },
});
