// Control plane authorized networks are enabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-control-plane-authorized-networks',
  title: 'Control plane authorized networks are enabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'high',
  rationale: 'Limiting who can reach the control plane endpoint removes it from the internet-wide attack surface.',
  remediation: 'Enable control plane authorized networks with the CIDR ranges of administrators and pipelines (gcloud container clusters update --enable-master-authorized-networks --master-authorized-networks ...).',
  guidance: `check that control plane authorized networks are enabled with only known ranges: run "${GKE_DESCRIBE} --format=value(masterAuthorizedNetworksConfig)"`,
});
