// kube-scheduler kubeconfig files are mode 600 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkRevisionFile } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-scheduler-kubeconfig-mode',
  title: 'kube-scheduler kubeconfig files are mode 600 or stricter',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: every revision the operator keeps under /etc/kubernetes/static-pod-resources/kube-scheduler-pod-<revision>/configmaps/scheduler-kubeconfig/kubeconfig (mounted in the pod at /etc/kubernetes/static-pod-resources). A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "The kubeconfig carries the component's client certificate and key; anyone who reads it can act as that component against kube-apiserver.",
  remediation: 'Run chmod 600 on the listed files on the node (oc debug node/NAME, then chroot /host) and find out what changed them: the operators own these files and write them with restrictive modes.',

  evaluate(node) {
    return checkRevisionFile(node, { prefix: 'kube-scheduler-pod', rel: 'configmaps/scheduler-kubeconfig/kubeconfig', what: "the scheduler's kubeconfig" }, { mode: 0o600 });
  },
});
