// The kubeconfig the controller manager uses must belong to root:root.
import { defineRule } from '../../lib/rule/define.js';
import { ROOT, checkFile } from '../../lib/rule/file-mode.js';
import { withComponent } from '../../lib/rule/node-files.js';
import { KUBEADM, flagPathTarget } from '../../lib/rule/node-paths.js';
import type { NodeFacts } from '../../lib/model/types.js';

export default defineRule<NodeFacts>({
  id: 'file-controllermanager-kubeconfig-owner',
  title: 'Controller manager kubeconfig is owned by root:root',
  assessment: 'automated',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "A non-root owner of the controller manager's kubeconfig can read or replace its credentials.",
  remediation: "Run chown root:root on the file named by the controller manager's --kubeconfig (kubeadm: /etc/kubernetes/controller-manager.conf).",

  evaluate(node) {
    return withComponent(node, 'controllermanager', () =>
      checkFile(node, flagPathTarget(node, 'controllermanager', 'kubeconfig', KUBEADM.controllerManagerConf), { owner: ROOT, ifMissing: 'error', what: "the controller manager's kubeconfig" }),
    );
  },
});
