// Secrets should reach containers as mounted files, not as environment variables (env secretKeyRef, envFrom secretRef).
import { defineRule, pass, fail } from '../../lib/rule/define.js';
import type { Field } from '../../lib/rule/field.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Resource } from '../../lib/model/types.js';

export default defineRule<Resource>({
  id: 'pod-secrets-as-env',
  title: 'Containers read Secrets from files, not environment variables',
  assessment: 'manual',
  notes: 'Decided from the pod template: every env[].valueFrom.secretKeyRef and envFrom[].secretRef of init, regular and ephemeral containers. Only names are reported, never values.',
  severity: 'medium',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { mitreAttack: ['T1552.007'] },
  rationale: 'Environment variables leak: they are inherited by child processes, shown by crash dumps, debug endpoints and `kubectl describe`, and often logged by applications.',
  remediation: 'Mount the Secret as a volume (optionally with items and a restrictive defaultMode) and have the application read the file; remove the secretKeyRef/secretRef entries from env and envFrom.',

  evaluate(workload) {
    const found: { at: Field; text: string }[] = [];
    for (const c of containersOf(workload)) {
      for (const e of c.field.get('env').items()) {
        const ref = e.get('valueFrom', 'secretKeyRef');
        if (!ref.exists) continue;
        const secret = ref.get('name').str() ?? '(unnamed)';
        const envName = e.get('name').str() ?? '(unnamed)';
        found.push({ at: ref, text: `container "${c.name}" sets "${envName}" from secret "${secret}"` });
      }
      for (const e of c.field.get('envFrom').items()) {
        const ref = e.get('secretRef');
        if (!ref.exists) continue;
        const secret = ref.get('name').str() ?? '(unnamed)';
        const prefix = e.get('prefix').str();
        found.push({ at: ref, text: `container "${c.name}" loads every key of secret "${secret}"${prefix ? ` with prefix "${prefix}"` : ''}` });
      }
    }
    if (found.length === 0) return pass(workload.loc, 'no container reads a Secret into its environment');
    return fail(found[0].at, `secrets exposed as environment variables: ${found.map((f) => f.text).join(', ')}`);
  },
});
