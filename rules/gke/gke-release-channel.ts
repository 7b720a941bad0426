// The cluster is enrolled in a release channel: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-release-channel',
  title: 'The cluster is enrolled in a release channel',
  provider: 'gke',
  assessment: 'automated',
  severity: 'medium',
  rationale: 'A release channel keeps the control plane and nodes on supported, patched versions automatically.',
  remediation: 'Enroll the cluster in the Regular or Stable release channel (gcloud container clusters update --release-channel).',
  guidance: `check that the cluster is enrolled in a release channel (REGULAR or STABLE): run "${GKE_DESCRIBE} --format=value(releaseChannel.channel)"`,
});
