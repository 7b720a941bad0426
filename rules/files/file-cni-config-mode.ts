// Every file under the CNI configuration folder and the CNI IPAM state folder must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkCniFiles } from '../../lib/rule/node-files.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-cni-config-mode',
  title: 'CNI configuration files are mode 600 or stricter',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the collected stats of every file under the CNI folders.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'The CNI configuration decides how every pod is attached to the network; a writable or readable copy lets others change or learn it.',
  remediation: 'Run chmod 600 on the files under the CNI configuration folder (usually /etc/cni/net.d) and under /var/lib/cni/networks.',

  evaluate(node, ctx) {
    return checkCniFiles(node, ctx.kubernetesMinor, { mode: 0o600 }, 'files');
  },
});
