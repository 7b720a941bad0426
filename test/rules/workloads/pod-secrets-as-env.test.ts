import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-secrets-as-env.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-secret-mounted-as-file.yaml', want: [{ name: 'api', status: 'pass' }] },
  { fixture: 'fail-secret-key-ref.yaml', want: [{ name: 'api', status: 'fail', line: 18, column: 17 }], message: 'secrets exposed as environment variables: container "api" sets "DB_PASSWORD" from secret "db-credentials"' },
  { fixture: 'fail-env-from-secret-in-init-container.yaml', want: [{ name: 'migrate', status: 'fail', line: 13, column: 11 }], message: 'secrets exposed as environment variables: container "migrate" loads every key of secret "db-credentials" with prefix "DB_"' },
  { fixture: 'fail-secret-in-cronjob.yaml', want: [{ name: 'report', status: 'fail', line: 21, column: 32 }], message: 'secrets exposed as environment variables: container "report" sets "API_TOKEN" from secret "report-token", container "report" loads every key of secret "smtp-credentials"' },
];

const test = fixtureCasesSuite('pod-secrets-as-env', rule, dir, cases);
test('messages carry names, never values', async () => {
  const [v] = await evaluateFixture(rule, path.join(dir, 'fail-secret-key-ref.yaml'));
  assert.not.match(v.verdict.message, /info|password/);
});
test.run();
