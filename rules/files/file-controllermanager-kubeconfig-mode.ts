// The kubeconfig the controller manager uses (--kubeconfig, kubeadm: /etc/kubernetes/controller-manager.conf) must be readable by root only.
import { defineRule } from '../../lib/rule/define.js';
import { checkFile } from '../../lib/rule/file-mode.js';
import { withComponent } from '../../lib/rule/node-files.js';
import { KUBEADM, flagPathTarget } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-controllermanager-kubeconfig-mode',
  title: 'Controller manager kubeconfig is mode 600 or stricter',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "The controller manager's kubeconfig holds credentials with broad cluster rights; anyone who reads it can act as the controller manager.",
  remediation: "Run chmod 600 on the file named by the controller manager's --kubeconfig (kubeadm: /etc/kubernetes/controller-manager.conf).",

  evaluate(node) {
    return withComponent(node, 'controllermanager', () =>
      checkFile(node, flagPathTarget(node, 'controllermanager', 'kubeconfig', KUBEADM.controllerManagerConf), { mode: 0o600, ifMissing: 'error', what: "the controller manager's kubeconfig" }),
    );
  },
});
