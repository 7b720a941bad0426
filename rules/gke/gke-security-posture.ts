// GKE security posture is enabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-security-posture',
  title: 'GKE security posture is enabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'The security posture dashboard scans workloads for misconfigurations and known vulnerabilities continuously.',
  remediation: 'Enable security posture (gcloud container clusters update --security-posture=standard, and --workload-vulnerability-scanning=standard for image scanning).',
  guidance: `check that security posture is enabled: run "${GKE_DESCRIBE} --format=value(securityPostureConfig)"`,
});
