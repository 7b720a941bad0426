import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-service-account-token-create.js';
import { checkRule, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases = [
  { fixture: 'pass-read-service-accounts.yaml', want: [{ name: 'sa-reader', status: 'pass' }] },
  { fixture: 'fail-create-token.yaml', want: [{ name: 'token-minter', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'manual-token-for-named-account.yaml', want: [{ name: 'deployer-token', status: 'manual', line: 12, column: 5 }] },
];

const test = suite('rbac-service-account-token-create');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
test.run();
