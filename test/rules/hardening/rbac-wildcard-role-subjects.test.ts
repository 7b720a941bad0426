// rbac-wildcard-role-subjects: subjects bound to roles with wildcard verbs or resources fail; cluster-admin is judged elsewhere.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/rbac-wildcard-role-subjects.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-named-verbs.yaml', want: [{ name: 'break-glass', status: 'pass' }, { name: 'deployer', status: 'pass' }] },
  { fixture: 'fail-wildcard-verbs.yaml', want: [{ name: 'deploy-all', status: 'fail', line: 8, column: 3 }] },
  { fixture: 'manual-role-not-in-input.yaml', want: [{ name: 'vendor', status: 'manual', line: 5, column: 73 }] },
];

const test = suite('rbac-wildcard-role-subjects');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message names the subjects and the rule', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-wildcard-verbs.yaml'));
  assert.is(ev.verdict.message, 'User "dev@example.com" and ServiceAccount "cd/argo" are bound to ClusterRole "deploy-all", whose rules[0] grants every verb');
});
test.run();
