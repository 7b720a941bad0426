// env-credential-literals: literal env values under credential-like names fail, judged by name only; values never shown.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule, { looksLikeCredential } from '../../../rules/hardening/env-credential-literals.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';
import { allOutputs, leakedCanaries } from '../../helpers/canaries.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-references.yaml', want: [{ name: 'api', status: 'pass' }] },
  { fixture: 'fail-literal-credentials.yaml', want: [{ name: 'worker', status: 'fail', line: 15, column: 18 }] },
];

const test = suite('env-credential-literals');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message names variables and containers only', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-literal-credentials.yaml'));
  assert.is(ev.verdict.message, 'literal values for credential-like env variables "stripeApiKey" in container "setup", "DATABASE_PASSWORD" in container "worker"');
});
test('no canary value reaches any report format', async () => {
  const out = await allOutputs(path.join(dir, 'fail-literal-credentials.yaml'));
  assert.ok(out.includes('DATABASE_PASSWORD'));
  assert.equal(leakedCanaries(out, ['KUBECIS-CANARY-STRIPE-KEY', 'KUBECIS-CANARY-DB-PASSWORD']), []);
});
test('credential names', () => {
  for (const n of ['DB_PASSWORD', 'password', 'API_KEY', 'apiKey', 'AWS_SECRET_ACCESS_KEY', 'GITHUB_TOKEN', 'client-secret', 'SMTP_PASS', 'MYSQL_ROOT_PWD', 'CONNECTION_STRING', 'privateKey']) {
    assert.ok(looksLikeCredential(n), n);
  }
  for (const n of ['DB_PASSWORD_FILE', 'TOKEN_PATH', 'SECRET_NAME', 'AWS_ACCESS_KEY_ID', 'PWD', 'LOG_LEVEL', 'PASSENGER_COUNT', 'TOKENIZER_MODEL', 'KEYCLOAK_URL']) {
    assert.not.ok(looksLikeCredential(n), n);
  }
});
test.run();
