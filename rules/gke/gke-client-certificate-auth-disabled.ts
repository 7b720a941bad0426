// Client certificate authentication is disabled: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-client-certificate-auth-disabled',
  title: 'Client certificate authentication is disabled',
  provider: 'gke',
  assessment: 'automated',
  severity: 'high',
  rationale: 'An issued client certificate is a credential that cannot be revoked short of rotating the cluster CA.',
  remediation: 'Create clusters without --issue-client-certificate (the default) and rotate the cluster credentials if an older cluster issued one.',
  guidance: `check that no client certificate was issued: run "${GKE_DESCRIBE} --format=value(masterAuth.clientCertificate)" (empty means none)`,
});
