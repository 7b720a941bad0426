// Secrets must be written encrypted: the first provider of the EncryptionConfiguration entry covering them must be
// kms (v2, or v1), aescbc or secretbox. aesgcm is not in the benchmark's list and needs key rotation: manual.
import { defineRule, fail, manual, pass } from '../../lib/rule/define.js';
import { configDocFor, flagSetting, isVerdict, onComponent } from '../../lib/rule/component.js';
import { secretsProvider } from '../../lib/rule/encryption.js';

export default defineRule({
  id: 'apiserver-encryption-providers',
  title: 'Secrets are encrypted at rest with a strong provider',
  assessment: 'manual',
  notes: 'Decided from the EncryptionConfiguration file. The benchmark accepts aescbc, kms and secretbox; aesgcm encrypts but must be rotated before its nonce space runs out (Kubernetes advises it only with automated rotation), so it is manual; identity first, or no entry for secrets, fails.',
  severity: 'high',
  scope: { node: ['control-plane'] },
  rationale: 'Secrets that are not encrypted in etcd can be read from any etcd backup, snapshot or disk.',
  remediation: 'Put a kms (apiVersion v2), aescbc or secretbox provider first in the EncryptionConfiguration entry that lists secrets, then rewrite existing secrets (kubectl get secrets -A -o json | kubectl replace -f -).',

  evaluate: onComponent('apiserver', (v) => {
    const flag = flagSetting(v, 'encryption-provider-config');
    if (flag.value === undefined || flag.value === '') {
      return fail(flag.loc, '"--encryption-provider-config" is not set, so secrets are stored unencrypted');
    }
    const found = configDocFor(v, flag, 'encryption configuration');
    if (isVerdict(found)) return found;
    const file = `"${flag.value}"`;
    const p = secretsProvider(found.doc);
    switch (p.kind) {
      case 'not-encryption-config':
        return fail(p.loc, `${file} is not an EncryptionConfiguration`);
      case 'no-entry':
        return fail(p.loc, `no entry of ${file} covers secrets, so they are stored unencrypted`);
      case 'no-providers':
        return fail(p.loc, `the entry of ${file} that covers secrets (by "${p.matchedBy}") lists no provider`);
    }
    const by = `resources[${p.entry}] of ${file} (matched by "${p.matchedBy}")`;
    if (p.type === 'identity') return fail(p.loc, `secrets are written unencrypted: the first provider in ${by} is "identity"`);
    if (p.type === 'aescbc' || p.type === 'secretbox') return pass(p.loc, `secrets are encrypted with "${p.type}" by ${by}`);
    if (p.type === 'kms') {
      const note = p.kmsVersion === 'v2' ? '' : ' (KMS v1 is deprecated; move to apiVersion v2)';
      return pass(p.loc, `secrets are encrypted with "kms" ${p.kmsVersion} by ${by}${note}`);
    }
    if (p.type === 'aesgcm') {
      return manual(`secrets are encrypted with "aesgcm" by ${by}; the benchmark does not list it, and it is safe only with automated key rotation`, p.loc);
    }
    return fail(p.loc, `the first provider in ${by} is "${p.type}", which is not a known encryption provider`);
  }),
});
