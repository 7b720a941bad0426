// Secret manifests must not carry their values (data/stringData) in files that end up in source control.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'secret-manifest-values',
  title: 'Secret manifests carry no values',
  assessment: 'automated',
  notes:
    'Meant for pre-merge scans of manifests and rendered charts. Only key names are reported, never a value. Keys whose value is empty carry ' +
    'nothing and are ignored. Cluster bundles never hold values (the collector strips them), so dumps made by the collector pass.',
  severity: 'high',
  scope: { resource: ['Secret'] },
  frameworks: { mitreAttack: ['T1552.001'] },
  rationale: 'base64 in data is an encoding, not encryption: anyone who can read the repository, its forks, CI logs or history has the credential, and it cannot be rotated out of git history.',
  remediation: 'Keep the values out of the manifest: use an external secret store (External Secrets, Secrets Store CSI driver), SealedSecrets or SOPS-encrypted files, and rotate any credential that was committed.',

  evaluate(secret) {
    const keys: { name: string; field: Field }[] = [];
    for (const section of ['data', 'stringData', 'binaryData']) {
      for (const [name, f] of Field.of(secret, section).entries()) {
        const v = f.value;
        if (v !== null && v !== undefined && String(v) !== '') keys.push({ name: `${section}.${name}`, field: f });
      }
    }
    if (keys.length === 0) return pass(secret.loc, 'no values in the manifest');
    const names = keys.map((k) => `"${k.name}"`).join(', ');
    return fail(keys[0].field, `Secret "${secret.name}" carries values for ${names} in the manifest`);
  },
});
