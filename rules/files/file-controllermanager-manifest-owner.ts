// The controller manager's static pod manifest must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkFile } from '../../lib/rule/file-mode.js';
import { manifestTarget } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-controllermanager-manifest-owner',
  title: 'Controller manager static pod manifest is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "A non-root owner of the controller manager's static pod manifest can rewrite it, and the kubelet runs whatever it describes.",
  remediation: "Run chown root:root on the controller manager's static pod manifest (kubeadm: /etc/kubernetes/manifests/kube-controller-manager.yaml).",

  evaluate(node, ctx) {
    const target = manifestTarget(node, 'controllermanager', ctx.kubernetesMinor);
    return checkFile(node, target, { owner: ROOT, ifMissing: 'not-applicable', what: "the controller manager's static pod manifest" });
  },
});
