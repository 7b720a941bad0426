// Secrets should be encrypted in etcd with a Key Vault key (KMS etcd encryption); only Azure shows it.
import { AKS_SHOW, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'aks-secrets-kms-encryption',
  title: 'AKS encrypts Secrets with an Azure Key Vault key',
  provider: 'aks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'With a key you control in Key Vault, access to Secrets at rest is governed, audited and revocable by you.',
  remediation: 'Enable KMS etcd encryption with a key in Azure Key Vault (az aks update --enable-azure-keyvault-kms --azure-keyvault-kms-key-id ...) and rotate the key on a schedule.',
  guidance: `check that KMS etcd encryption is enabled with a Key Vault key: run "${AKS_SHOW} --query securityProfile.azureKeyVaultKms"`,
});
