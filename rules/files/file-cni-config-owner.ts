// Every file and folder under the CNI configuration folder and the CNI IPAM state folder must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkCniFiles } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-cni-config-owner',
  title: 'CNI configuration files are owned by root:root',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the collected stats of every entry under the CNI folders.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'A non-root owner of the CNI configuration can change how pods are wired to the network.',
  remediation: 'Run chown -R root:root on the CNI configuration folder (usually /etc/cni/net.d) and /var/lib/cni/networks.',

  evaluate(node, ctx) {
    return checkCniFiles(node, ctx.kubernetesMinor, { owner: ROOT }, 'entries');
  },
});
