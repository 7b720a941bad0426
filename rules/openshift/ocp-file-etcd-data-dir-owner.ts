// etcd's member folder on OpenShift control plane nodes belongs to etcd:etcd, as the benchmark asks.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-etcd-data-dir-owner',
  title: 'etcd member folder is owned by etcd:etcd',
  assessment: 'manual',
  notes:
    'Decided from the stats of a node bundle: /var/lib/etcd/member must belong to etcd:etcd, as the benchmark states ' +
    '(kube-bench tests root:root, a known defect). OpenShift runs etcd as root and leaves the folder root-owned, which ' +
    'this control reports as a failure, as the benchmark does. A node known only through the API is manual.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The data folder should belong only to the account etcd runs as, so no other account can change the cluster state on disk.',
  remediation: 'OpenShift manages this folder; document the deviation, or run etcd as a dedicated etcd user that owns /var/lib/etcd/member if your platform supports it.',

  evaluate(node) {
    return checkFile(node, { path: '/var/lib/etcd/member', how: "OpenShift's etcd data folder" }, { owner: { user: 'etcd', group: 'etcd' }, ifMissing: 'not-applicable', what: "etcd's member folder" });
  },
});
