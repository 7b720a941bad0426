// kube-scheduler pod specification files are mode 600 or stricter.
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkRevisionFile } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-scheduler-pod-mode',
  title: 'kube-scheduler pod specification files are mode 600 or stricter',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: every revision the operator keeps under /etc/kubernetes/static-pod-resources/kube-scheduler-pod-<revision>/kube-scheduler-pod.yaml (mounted in the pod at /etc/kubernetes/static-pod-resources) and /etc/kubernetes/manifests/kube-scheduler-pod.yaml. A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Whoever can change a control plane pod specification changes how the component runs at its next restart, and reading it reveals its settings.',
  remediation: 'Run chmod 600 on the listed files on the node (oc debug node/NAME, then chroot /host) and find out what changed them: the operators own these files and write them with restrictive modes.',

  evaluate(node) {
    return checkRevisionFile(node, { prefix: 'kube-scheduler-pod', rel: 'kube-scheduler-pod.yaml', extra: ['/etc/kubernetes/manifests/kube-scheduler-pod.yaml'], what: 'the kube-scheduler pod specification' }, { mode: 0o600 });
  },
});
