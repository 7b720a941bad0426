// etcd's data folder (--data-dir, kubeadm: /var/lib/etcd) must be accessible to its owner only.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { withComponent } from '../../lib/rule/node-files.js';
import { etcdDataDir } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-etcd-data-dir-mode',
  title: 'etcd data folder is mode 700 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'The etcd data folder holds the whole cluster state, Secrets included; anyone who can read it reads every Secret.',
  remediation: "Run chmod 700 on etcd's data folder (its --data-dir; kubeadm: /var/lib/etcd).",

  evaluate(node) {
    return withComponent(node, 'etcd', () => {
      const dir = etcdDataDir(node);
      return checkFile(node, dir, { mode: 0o700, ifMissing: 'error', what: "etcd's data folder" });
    });
  },
});
