// The kubeconfig the scheduler uses (--kubeconfig, kubeadm: /etc/kubernetes/scheduler.conf) must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { withComponent } from '../../lib/rule/node-files.js';
import { schedulerKubeconfig } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-scheduler-kubeconfig-mode',
  title: 'Scheduler kubeconfig is mode 600 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "The scheduler's kubeconfig holds credentials with broad cluster rights; anyone who reads it can act as the scheduler.",
  remediation: "Run chmod 600 on the file named by the scheduler's --kubeconfig (kubeadm: /etc/kubernetes/scheduler.conf).",

  evaluate(node) {
    return withComponent(node, 'scheduler', () =>
      checkFile(node, schedulerKubeconfig(node), { mode: 0o600, ifMissing: 'error', what: "the scheduler's kubeconfig" }),
    );
  },
});
