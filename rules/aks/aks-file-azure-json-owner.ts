// /etc/kubernetes/azure.json on each AKS node must be owned by root:root.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile, ROOT } from '../../lib/rule/file-mode.js';
import { AKS_AZURE_JSON } from '../../lib/rule/managed.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'aks-file-azure-json-owner',
  title: 'azure.json on AKS nodes is owned by root:root',
  assessment: 'automated',
  notes: 'The benchmark names /etc/kubernetes/azure.json (kube-bench looks at the kubelet config instead); decided from the collected stat. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'An owner other than root can change the cloud provider configuration the node acts on.',
  remediation: 'Run chown root:root /etc/kubernetes/azure.json.',

  evaluate(node) {
    return checkFile(node, AKS_AZURE_JSON, { owner: ROOT, ifMissing: 'not-applicable', what: 'the Azure cloud provider configuration' });
  },
});
