import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-default-service-account.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-default-disabled-and-unused.yaml', want: [{ name: 'shop', status: 'pass' }] },
  {
    fixture: 'fail-automount-not-disabled.yaml',
    want: [
      { name: 'a', status: 'fail', line: 6, column: 5 },
      { name: 'b', status: 'fail', line: 16, column: 35 },
    ],
  },
  { fixture: 'fail-workload-runs-as-default.yaml', want: [{ name: 'shop', status: 'fail', line: 18, column: 37 }] },
  { fixture: 'fail-bound-by-rolebinding.yaml', want: [{ name: 'shop', status: 'fail', line: 20, column: 11 }] },
  { fixture: 'manual-default-not-in-input.yaml', want: [{ name: 'shop', status: 'manual', line: 3, column: 1 }] },
  { fixture: 'manual-workload-on-absent-default.yaml', want: [{ name: 'shop', status: 'manual', line: 10, column: 5 }] },
];

const test = fixtureCasesSuite('rbac-default-service-account', rule, dir, cases);
test('a workload using the default account is named in the message', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-workload-runs-as-default.yaml'));
  assert.is(ev.verdict.message, 'Deployment "legacy" runs as ServiceAccount "default" with its token mounted');
});
test.run();
