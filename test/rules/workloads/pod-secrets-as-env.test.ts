import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-secrets-as-env.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases = [
  { fixture: 'pass-secret-mounted-as-file.yaml', want: [{ name: 'api', status: 'pass' }] },
  { fixture: 'fail-secret-key-ref.yaml', want: [{ name: 'api', status: 'fail', line: 18, column: 17 }] },
  { fixture: 'fail-env-from-secret-in-init-container.yaml', want: [{ name: 'migrate', status: 'fail', line: 13, column: 11 }] },
  { fixture: 'fail-secret-in-cronjob.yaml', want: [{ name: 'report', status: 'fail', line: 21, column: 32 }] },
];

const messages = [
  { fixture: 'fail-secret-key-ref.yaml', want: 'secrets exposed as environment variables: container "api" sets "DB_PASSWORD" from secret "db-credentials"' },
  { fixture: 'fail-env-from-secret-in-init-container.yaml', want: 'secrets exposed as environment variables: container "migrate" loads every key of secret "db-credentials" with prefix "DB_"' },
  {
    fixture: 'fail-secret-in-cronjob.yaml',
    want: 'secrets exposed as environment variables: container "report" sets "API_TOKEN" from secret "report-token", container "report" loads every key of secret "smtp-credentials"',
  },
];

const test = suite('pod-secrets-as-env');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
for (const { fixture, want } of messages) {
  test(`message: ${fixture}`, async () => {
    const [first] = await evaluateFixture(rule, path.join(dir, fixture));
    assert.is(first.verdict.message, want);
  });
}
test('messages carry names, never values', async () => {
  const [v] = await evaluateFixture(rule, path.join(dir, 'fail-secret-key-ref.yaml'));
  assert.not.match(v.verdict.message, /info|password/);
});
test.run();
