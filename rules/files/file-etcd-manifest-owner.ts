// etcd's static pod manifest must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkFile } from '../../lib/rule/file-mode.js';
import { manifestTarget } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-etcd-manifest-owner',
  title: 'etcd static pod manifest is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "A non-root owner of etcd's static pod manifest can rewrite it, and the kubelet runs whatever it describes.",
  remediation: "Run chown root:root on etcd's static pod manifest (kubeadm: /etc/kubernetes/manifests/etcd.yaml).",

  evaluate(node, ctx) {
    const target = manifestTarget(node, 'etcd', ctx.kubernetesMinor);
    return checkFile(node, target, { owner: ROOT, ifMissing: 'not-applicable', what: "etcd's static pod manifest" });
  },
});
