// GKE encrypts Secrets with a Cloud KMS key: a cluster setting only the GKE API shows.
import { GKE_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-secrets-kms-encryption',
  title: 'GKE encrypts Secrets with a Cloud KMS key',
  provider: 'gke',
  assessment: 'automated',
  severity: 'high',
  rationale: 'Application-layer encryption with a key you manage makes access to Secrets in etcd governed, audited and revocable by you.',
  remediation: 'Enable application-layer secrets encryption with a Cloud KMS key (gcloud container clusters update --database-encryption-key) and rotate the key on a schedule.',
  guidance: `check that application-layer secrets encryption is ENCRYPTED with a Cloud KMS key: run "${GKE_DESCRIBE} --format=value(databaseEncryption.state,databaseEncryption.keyName)"`,
});
