// Control plane private keys are mode 600 or stricter (static pod resources of the control plane).
import type { NodeFacts } from '../../lib/model/types.js';
import { defineRule } from '../../lib/rule/define.js';
import { checkStaticPodSecrets } from '../../lib/rule/openshift-files.js';

export default defineRule<NodeFacts>({
  id: 'ocp-file-pki-key-mode',
  title: 'Control plane private keys are mode 600 or stricter',
  assessment: 'manual',
  notes: 'Decided from the stats of a node bundle: private key files (.key) under /etc/kubernetes/static-pod-resources/*/secrets (the per-revision and *-certs folders, which the pods see as /etc/kubernetes/static-pod-resources/secrets and /etc/kubernetes/static-pod-certs/secrets). A node known only through the API is manual.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Anyone who reads a control plane private key can impersonate that component or decrypt its traffic.',
  remediation: 'Restore mode 600 with chmod on the .key files under the secrets folders of /etc/kubernetes/static-pod-resources.',

  evaluate(node) {
    return checkStaticPodSecrets(node, { mode: 0o600 }, (st) => st.type === 'file' && st.path.endsWith('.key'), 'private key files (.key)');
  },
});
