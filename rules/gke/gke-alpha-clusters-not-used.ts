// Alpha clusters are not used for production: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-alpha-clusters-not-used',
  title: 'Alpha clusters are not used for production',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'Alpha clusters run unsupported features, get no security patches by upgrade and expire after 30 days.',
  remediation: 'Run production workloads on clusters created without --enable-kubernetes-alpha.',
  guidance: `check that the cluster is not an alpha cluster: run "${GKE_DESCRIBE} --format=value(enableKubernetesAlpha)"`,
});
