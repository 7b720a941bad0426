// The kubeconfig the scheduler uses must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkFile } from '../../lib/rule/file-mode.js';
import { withComponent } from '../../lib/rule/node-files.js';
import { schedulerKubeconfig } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-scheduler-kubeconfig-owner',
  title: 'Scheduler kubeconfig is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "A non-root owner of the scheduler's kubeconfig can read or replace its credentials.",
  remediation: "Run chown root:root on the file named by the scheduler's --kubeconfig (kubeadm: /etc/kubernetes/scheduler.conf).",

  evaluate(node) {
    return withComponent(node, 'scheduler', () =>
      checkFile(node, schedulerKubeconfig(node), { owner: ROOT, ifMissing: 'error', what: "the scheduler's kubeconfig" }),
    );
  },
});
