// pod-token-without-rbac: a mounted token for an account no binding names (directly or by its groups) fails.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/pod-token-without-rbac.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-bound-or-not-mounted.yaml', want: [{ name: 'deployer', status: 'pass' }, { name: 'web', status: 'pass' }, { name: 'batch', status: 'pass' }] },
  // The pod spec is where automountServiceAccountToken: false belongs.
  { fixture: 'fail-unbound-account.yaml', want: [{ name: 'web', status: 'fail', line: 18, column: 5 }] },
  { fixture: 'manual-no-bindings.yaml', want: [{ name: 'web', status: 'manual', line: 7, column: 5 }] },
];

const test = suite('pod-token-without-rbac');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the group binding counts for the namespace\'s accounts', async () => {
  const evs = await evaluateFixture(rule, path.join(dir, 'pass-bound-or-not-mounted.yaml'));
  assert.is(evs[2].verdict.message, 'ServiceAccount "batch" is bound by RoleBinding "all-sa-view"');
});
test.run();
