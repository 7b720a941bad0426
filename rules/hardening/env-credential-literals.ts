// Plain env values must not hold credentials: judged by the variable's name, never by looking at or printing its value.
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { WORKLOAD_KINDS } from '../../lib/rule/snapshot-index.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { Field } from '../../lib/rule/field.js';
import type { Resource } from '../../lib/model/types.js';

/** Names that say the value is a credential: a whole word (split on _ - . and case changes) or a known compound. */
const CREDENTIAL_WORDS = new Set(['password', 'passwd', 'pwd', 'pass', 'secret', 'token', 'apikey', 'credential', 'credentials', 'privatekey', 'passphrase']);
const CREDENTIAL_COMPOUNDS = [/api_?key/i, /access_?key/i, /secret_?key/i, /private_?key/i, /client_?secret/i, /auth_?token/i, /connection_?string/i];
/** Suffixes that name where a credential is, not the credential (a path, a file, a secret's name, a key id). */
const REFERENCE_SUFFIX = /(_|-|\.)(file|path|dir|name|ref|id|arn|url|uri|endpoint|env|enabled|length|ttl|expiry|header)$/i;

export function looksLikeCredential(name: string): boolean {
  if (REFERENCE_SUFFIX.test(name) || /^(OLD)?PWD$/.test(name)) return false; // PWD: the shell's working directory
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase().split(/[_.-]+/).filter(Boolean);
  return words.some((w) => CREDENTIAL_WORDS.has(w)) || CREDENTIAL_COMPOUNDS.some((re) => re.test(name));
}

export default defineRule<Resource>({
  id: 'env-credential-literals',
  title: 'Container environment variables do not hold credentials in plain text',
  assessment: 'automated',
  notes:
    'Judged by variable name only (password, secret, token, api key, access key, private key, client secret, credentials, connection string), ' +
    'for env entries with a literal, non-empty value. Names that point at a credential (…_FILE, …_PATH, …_NAME, …_ID, …_URL) and valueFrom ' +
    'references pass. A value made only of $(VAR) references passes too. Values are never read into messages.',
  severity: 'high',
  scope: { resource: WORKLOAD_KINDS },
  frameworks: { mitreAttack: ['T1552.001'] },
  rationale: 'A literal env value lives in the manifest, the chart values, the rendered output and every object dump, where anyone who can read Deployments or the repository reads the credential.',
  remediation: 'Move the value into a Secret (created outside source control) and reference it with valueFrom.secretKeyRef, or better mount it as a file; rotate the credential that was written in plain text.',

  evaluate(workload) {
    const hits: { container: string; name: string; at: Field }[] = [];
    for (const c of containersOf(workload)) {
      for (const e of c.field.get('env').items()) {
        const name = e.get('name').str();
        const value = e.get('value');
        if (name === undefined || value.value === undefined || value.value === null || value.value === '') continue;
        if (typeof value.value === 'string' && /^(\$\([A-Za-z_][A-Za-z0-9_]*\)\s*)+$/.test(value.value)) continue;
        if (looksLikeCredential(name)) hits.push({ container: c.name, name, at: value });
      }
    }
    if (hits.length === 0) return pass(workload.loc, 'no env variable named like a credential has a literal value');
    const list = hits.map((h) => `"${h.name}" in container "${h.container}"`).join(', ');
    return fail(hits[0].at, `literal values for credential-like env variables ${list}`);
  },
});
