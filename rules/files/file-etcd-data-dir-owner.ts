// etcd's data folder must belong to the etcd user and group.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { withComponent } from '../../lib/rule/node-files.js';
import { etcdDataDir } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-etcd-data-dir-owner',
  title: 'etcd data folder is owned by etcd:etcd',
  assessment: 'automated',
  notes: 'kubeadm runs etcd as root and leaves the folder root-owned, which this control reports as a failure, as the benchmark does.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The data folder should belong to the account etcd runs as and to no other, so only etcd can change the cluster state on disk.',
  remediation: "Create an etcd user and group if needed and run chown -R etcd:etcd on etcd's data folder (kubeadm: /var/lib/etcd).",

  evaluate(node) {
    return withComponent(node, 'etcd', () =>
      checkFile(node, etcdDataDir(node), { owner: { user: 'etcd', group: 'etcd' }, ifMissing: 'error', what: "etcd's data folder" }),
    );
  },
});
