// Encryption at rest must be configured (--encryption-provider-config); apiserver-encryption-providers judges the file.
import { defineRule } from '../../lib/rule/define.js';
import { checkSet, flagSetting, onComponent } from '../../lib/rule/component.js';

export default defineRule({
  id: 'apiserver-encryption-provider-config',
  title: 'API server has an encryption at rest configuration',
  assessment: 'manual',
  notes: 'The benchmark marks this Manual; whether the flag is set is decided from the data, the file content by apiserver-encryption-providers.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Without an encryption configuration, Secrets are stored in etcd in plain text and exposed by any etcd backup or disk.',
  remediation: 'Create an EncryptionConfiguration that encrypts secrets (kms v2, aescbc or secretbox first) and pass it with --encryption-provider-config.',

  evaluate: onComponent('apiserver', (v) => checkSet([flagSetting(v, 'encryption-provider-config')], v)),
});
