// kube-controller-manager pod specification files are owned by root:root.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkRevisionFile } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-controllermanager-pod-owner',
  title: 'kube-controller-manager pod specification files are owned by root:root',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: every revision the operator keeps under /etc/kubernetes/static-pod-resources/kube-controller-manager-pod-<revision>/kube-controller-manager-pod.yaml (mounted in the pod at /etc/kubernetes/static-pod-resources) and /etc/kubernetes/manifests/kube-controller-manager-pod.yaml. A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'A pod specification owned by another account can be changed by that account, bypassing the operator.',
  remediation: 'Run chown root:root on the listed files on the node (oc debug node/NAME, then chroot /host) and find out what changed them: the operators own these files.',

  evaluate(node) {
    return checkRevisionFile(node, { prefix: 'kube-controller-manager-pod', rel: 'kube-controller-manager-pod.yaml', extra: ['/etc/kubernetes/manifests/kube-controller-manager-pod.yaml'], what: 'the kube-controller-manager pod specification' }, { owner: ROOT });
  },
});
