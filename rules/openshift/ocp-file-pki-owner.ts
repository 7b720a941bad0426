// Control plane certificates and keys are owned by root:root (static pod resources of the control plane).
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { ROOT } from '../../lib/rule/file-mode.js';
import { checkStaticPodSecrets } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-pki-owner',
  title: 'Control plane certificates and keys are owned by root:root',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: files and folders under /etc/kubernetes/static-pod-resources/*/secrets (the per-revision and *-certs folders, which the pods see as /etc/kubernetes/static-pod-resources/secrets and /etc/kubernetes/static-pod-certs/secrets). A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Certificates and keys owned by another account can be read or replaced by it, which lets it impersonate control plane components.',
  remediation: 'Restore root:root with chown -R on the secrets folders of /etc/kubernetes/static-pod-resources (oc debug node/NAME -- chroot /host).',

  evaluate(node) {
    return checkStaticPodSecrets(node, { owner: ROOT }, () => true, 'files and folders');
  },
});
