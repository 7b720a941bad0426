// Secrets should be envelope-encrypted with a customer managed KMS key; only the EKS API shows the key.
import { EKS_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-secrets-kms-encryption',
  title: 'EKS encrypts Secrets with a customer managed KMS key',
  provider: 'eks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'With a key you manage, access to Secrets in etcd backups and snapshots is governed, audited and revocable by you.',
  remediation: 'Associate a customer managed KMS key with the cluster for Secrets encryption (console Overview tab or aws eks associate-encryption-config); it cannot be removed once set.',
  guidance: `check that Secrets encryption uses a customer managed KMS key: EKS console, cluster "{cluster}", Overview tab, Secrets encryption, or run "${EKS_DESCRIBE} --query cluster.encryptionConfig"`,
});
