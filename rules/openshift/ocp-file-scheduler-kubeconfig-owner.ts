// kube-scheduler kubeconfig files are owned by root:root.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkRevisionFile } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-scheduler-kubeconfig-owner',
  title: 'kube-scheduler kubeconfig files are owned by root:root',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: every revision the operator keeps under /etc/kubernetes/static-pod-resources/kube-scheduler-pod-<revision>/configmaps/scheduler-kubeconfig/kubeconfig (mounted in the pod at /etc/kubernetes/static-pod-resources). A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'A kubeconfig owned by another account can be read or replaced by that account.',
  remediation: 'Run chown root:root on the listed files on the node (oc debug node/NAME, then chroot /host) and find out what changed them: the operators own these files.',

  evaluate(node) {
    return checkRevisionFile(node, { prefix: 'kube-scheduler-pod', rel: 'configmaps/scheduler-kubeconfig/kubeconfig', what: "the scheduler's kubeconfig" }, { owner: ROOT });
  },
});
