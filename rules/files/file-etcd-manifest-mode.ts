// etcd's static pod manifest (kubeadm: /etc/kubernetes/manifests/etcd.yaml) must not be writable or readable by others.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { manifestTarget } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-etcd-manifest-mode',
  title: 'etcd static pod manifest is mode 600 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "Whoever can change etcd's static pod manifest changes how it runs on the next kubelet sync, and reading it reveals its settings.",
  remediation: "Run chmod 600 on etcd's static pod manifest (kubeadm: /etc/kubernetes/manifests/etcd.yaml).",

  evaluate(node, ctx) {
    const target = manifestTarget(node, 'etcd', ctx.kubernetesMinor);
    return checkFile(node, target, { mode: 0o600, ifMissing: 'not-applicable', what: "etcd's static pod manifest" });
  },
});
