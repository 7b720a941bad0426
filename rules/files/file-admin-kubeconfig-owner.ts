// kubeadm's administrator credentials must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkPaths } from '../../lib/rule/file-mode.js';
import { KUBEADM } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-admin-kubeconfig-owner',
  title: 'Administrator kubeconfig files are owned by root:root',
  assessment: 'automated',
  severity: 'critical',
  scope: { node: ['control-plane'] },
  rationale: 'A non-root owner of an administrator kubeconfig can read cluster-admin credentials.',
  remediation: 'Run chown root:root on /etc/kubernetes/admin.conf and /etc/kubernetes/super-admin.conf.',

  evaluate(node) {
    return checkPaths(
      node,
      [
        { path: KUBEADM.adminConf, how: "kubeadm's administrator kubeconfig" },
        { path: KUBEADM.superAdminConf, how: "kubeadm's super-admin kubeconfig (v1.29 and later)", optional: true },
      ],
      { owner: ROOT, ifMissing: 'not-applicable', what: 'administrator kubeconfig' },
    );
  },
});
