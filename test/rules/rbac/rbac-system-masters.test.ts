import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-system-masters.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
// A cluster-level control: one verdict for the whole input. It never passes, since certificates decide membership.
const cases: RuleFixtureCase[] = [
  { fixture: 'fail-user-binding-to-system-masters.yaml', want: [{ name: 'cluster', status: 'fail', line: 30, column: 11 }] },
  { fixture: 'manual-default-binding-only.yaml', want: [{ name: 'cluster', status: 'manual', line: 2, column: 1 }] },
  { fixture: 'manual-no-rbac-objects.yaml', want: [{ name: 'cluster', status: 'manual' }] },
];

const test = fixtureCasesSuite('rbac-system-masters', rule, dir, cases);
test('the failure names the binding, not the default one', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-user-binding-to-system-masters.yaml'));
  assert.is(ev.verdict.message, 'group "system:masters" is bound by RoleBinding "shop/masters-view"');
});
test.run();
