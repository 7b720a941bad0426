// kubeadm's administrator credentials (/etc/kubernetes/admin.conf and, since v1.29, super-admin.conf) must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkPaths } from '../../lib/rule/file-mode.js';
import { KUBEADM } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-admin-kubeconfig-mode',
  title: 'Administrator kubeconfig files are mode 600',
  assessment: 'automated',
  severity: 'critical',
  scope: { node: ['control-plane'] },
  rationale: 'These kubeconfigs carry cluster-admin credentials (super-admin.conf bypasses RBAC entirely); reading one is owning the cluster.',
  remediation: 'Run chmod 600 on /etc/kubernetes/admin.conf and /etc/kubernetes/super-admin.conf.',

  evaluate(node) {
    return checkPaths(
      node,
      [
        { path: KUBEADM.adminConf, how: "kubeadm's administrator kubeconfig" },
        { path: KUBEADM.superAdminConf, how: "kubeadm's super-admin kubeconfig (v1.29 and later)", optional: true },
      ],
      { mode: 0o600, ifMissing: 'not-applicable', what: 'administrator kubeconfig' },
    );
  },
});
