// etcd's member folder on OpenShift control plane nodes is mode 700 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-etcd-data-dir-mode',
  title: 'etcd member folder is mode 700 or stricter',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: /var/lib/etcd/member, where OpenShift\'s etcd keeps its data. A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "etcd's files hold every object of the cluster, Secrets included; other accounts on the node must not read them.",
  remediation: 'Run chmod 700 /var/lib/etcd/member on each control plane node (oc debug node/NAME -- chroot /host).',

  evaluate(node) {
    return checkFile(node, { path: '/var/lib/etcd/member', how: "OpenShift's etcd data folder" }, { mode: 0o700, ifMissing: 'not-applicable', what: "etcd's member folder" });
  },
});
