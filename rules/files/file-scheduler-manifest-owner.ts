// The scheduler's static pod manifest must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkFile } from '../../lib/rule/file-mode.js';
import { manifestTarget } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-scheduler-manifest-owner',
  title: 'Scheduler static pod manifest is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "A non-root owner of the scheduler's static pod manifest can rewrite it, and the kubelet runs whatever it describes.",
  remediation: "Run chown root:root on the scheduler's static pod manifest (kubeadm: /etc/kubernetes/manifests/kube-scheduler.yaml).",

  evaluate(node, ctx) {
    const target = manifestTarget(node, 'scheduler', ctx.kubernetesMinor);
    return checkFile(node, target, { owner: ROOT, ifMissing: 'not-applicable', what: "the scheduler's static pod manifest" });
  },
});
