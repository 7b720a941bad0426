// Legacy ABAC authorization is disabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-legacy-abac-disabled',
  title: 'Legacy ABAC authorization is disabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'high',
  rationale: 'Legacy ABAC grants broad, static permissions outside RBAC, which RBAC reviews do not see.',
  remediation: 'Disable legacy authorization (gcloud container clusters update --no-enable-legacy-authorization).',
  guidance: `check that legacy ABAC is disabled: run "${GKE_DESCRIBE} --format=value(legacyAbac.enabled)"`,
});
