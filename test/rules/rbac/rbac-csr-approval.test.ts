import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-csr-approval.js';
import { checkRule, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases = [
  { fixture: 'pass-create-requests-only.yaml', want: [{ name: 'csr-requester', status: 'pass' }] },
  { fixture: 'pass-default-certificate-controller.yaml', want: [{ name: 'system:controller:certificate-controller', status: 'pass' }] },
  { fixture: 'fail-approval-update.yaml', want: [{ name: 'csr-approver', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-bound-to-built-in-controller-role.yaml', want: [{ name: 'my-approver', status: 'fail', line: 21, column: 9 }] },
];

const test = suite('rbac-csr-approval');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
test.run();
