// kube-controller-manager kubeconfig files are owned by root:root.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkRevisionFile } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-controllermanager-kubeconfig-owner',
  title: 'kube-controller-manager kubeconfig files are owned by root:root',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: every revision the operator keeps under /etc/kubernetes/static-pod-resources/kube-controller-manager-pod-<revision>/configmaps/controller-manager-kubeconfig/kubeconfig (mounted in the pod at /etc/kubernetes/static-pod-resources). A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'A kubeconfig owned by another account can be read or replaced by that account.',
  remediation: 'Run chown root:root on the listed files on the node (oc debug node/NAME, then chroot /host) and find out what changed them: the operators own these files.',

  evaluate(node) {
    return checkRevisionFile(node, { prefix: 'kube-controller-manager-pod', rel: 'configmaps/controller-manager-kubeconfig/kubeconfig', what: "the controller manager's kubeconfig" }, { owner: ROOT });
  },
});
