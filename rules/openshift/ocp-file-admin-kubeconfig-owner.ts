// The node kubeconfig OpenShift keeps at /etc/kubernetes/kubeconfig belongs to root:root.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkFile, ROOT } from '../../lib/rule/file-mode.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-admin-kubeconfig-owner',
  title: '/etc/kubernetes/kubeconfig is owned by root:root',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle. A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'A kubeconfig owned by another account can be read or replaced by that account.',
  remediation: 'Run chown root:root /etc/kubernetes/kubeconfig on the node (oc debug node/NAME -- chroot /host).',

  evaluate(node) {
    return checkFile(node, { path: '/etc/kubernetes/kubeconfig', how: 'the path the benchmark names' }, { owner: ROOT, ifMissing: 'not-applicable', what: 'the node kubeconfig' });
  },
});
