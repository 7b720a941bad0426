// kube-controller-manager kubeconfig files are mode 600 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkRevisionFile } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-controllermanager-kubeconfig-mode',
  title: 'kube-controller-manager kubeconfig files are mode 600 or stricter',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: every revision the operator keeps under /etc/kubernetes/static-pod-resources/kube-controller-manager-pod-<revision>/configmaps/controller-manager-kubeconfig/kubeconfig (mounted in the pod at /etc/kubernetes/static-pod-resources). A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: "The kubeconfig carries the component's client certificate and key; anyone who reads it can act as that component against kube-apiserver.",
  remediation: 'The operator writes these files 0600; restore that with chmod 600 on the node (oc debug node/NAME -- chroot /host) and find what changed them, since the operator does not reset modes of existing revisions.',

  evaluate(node) {
    return checkRevisionFile(node, { prefix: 'kube-controller-manager-pod', rel: 'configmaps/controller-manager-kubeconfig/kubeconfig', what: "the controller manager's kubeconfig" }, { mode: 0o600 });
  },
});
