// Shielded GKE Nodes are enabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-shielded-nodes',
  title: 'Shielded GKE Nodes are enabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'high',
  rationale: 'Shielded nodes prove their identity to the control plane with a verifiable boot chain, so a stolen node credential cannot impersonate a node.',
  remediation: 'Enable Shielded GKE Nodes on the cluster (gcloud container clusters update --enable-shielded-nodes).',
  guidance: `check that Shielded GKE Nodes are enabled: run "${GKE_DESCRIBE} --format=value(shieldedNodes.enabled)"`,
});
