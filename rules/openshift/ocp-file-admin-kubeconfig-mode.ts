// The node kubeconfig OpenShift keeps at /etc/kubernetes/kubeconfig is mode 600 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-admin-kubeconfig-mode',
  title: '/etc/kubernetes/kubeconfig is mode 600 or stricter',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle. A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'The kubeconfig holds credentials to kube-apiserver; any account that reads it can act with them.',
  remediation: 'Run chmod 600 /etc/kubernetes/kubeconfig on the node (oc debug node/NAME -- chroot /host); the Machine Config Operator writes it that way.',

  evaluate(node) {
    return checkFile(node, { path: '/etc/kubernetes/kubeconfig', how: 'the path the benchmark names' }, { mode: 0o600, ifMissing: 'not-applicable', what: 'the node kubeconfig' });
  },
});
