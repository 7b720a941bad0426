import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-bind-impersonate-escalate.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-manages-bindings-without-bind.yaml', want: [{ name: 'rbac-editor', status: 'pass' }] },
  { fixture: 'pass-rolebinding-cannot-impersonate-users.yaml', want: [{ name: 'support-impersonator', status: 'pass' }] },
  { fixture: 'fail-impersonate-users-and-groups.yaml', want: [{ name: 'support-impersonator', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-escalate-roles-in-namespace.yaml', want: [{ name: 'role-writer', status: 'fail', line: 10, column: 5 }] },
  { fixture: 'manual-bind-limited-to-named-role.yaml', want: [{ name: 'view-granter', status: 'manual', line: 11, column: 5 }] },
];

const test = fixtureCasesSuite('rbac-bind-impersonate-escalate', rule, dir, cases);
test('resources granted the same verbs are named together', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-impersonate-users-and-groups.yaml'));
  assert.is(ev.verdict.message, 'Group "support" can impersonate "users", "groups" cluster-wide through ClusterRole "impersonator"');
});
test.run();
