// kube-proxy's kubeconfig on the node must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkProxyKubeconfig } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-proxy-kubeconfig-owner',
  title: 'kube-proxy kubeconfig, if present, is owned by root:root',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from stats when kube-proxy runs on the host, manual when its kubeconfig lives in its container.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: "A non-root owner of kube-proxy's kubeconfig can read or replace its credentials.",
  remediation: "Run chown root:root on kube-proxy's kubeconfig file.",

  evaluate(node) {
    return checkProxyKubeconfig(node, { owner: ROOT });
  },
});
