// rbac-stale-subjects: service account subjects that do not exist (or whose namespace does not) fail; manual without ServiceAccounts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/rbac-stale-subjects.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-existing-accounts.yaml', want: [{ name: 'ci', status: 'pass' }] },
  { fixture: 'fail-deleted-accounts.yaml', want: [{ name: 'ci-view', status: 'fail', line: 16, column: 3 }] },
  { fixture: 'manual-no-accounts-in-input.yaml', want: [{ name: 'ci', status: 'manual', line: 7, column: 3 }] },
];

const test = suite('rbac-stale-subjects');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message names each stale subject and a missing namespace', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-deleted-accounts.yaml'));
  assert.is(ev.verdict.message, 'ServiceAccount "shop/old-ci", ServiceAccount "legacy/sync" (its namespace does not exist) do not exist');
});
test.run();
