import rule from '../../../rules/rbac/rbac-csr-approval.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-create-requests-only.yaml', want: [{ name: 'csr-requester', status: 'pass' }] },
  { fixture: 'pass-default-certificate-controller.yaml', want: [{ name: 'system:controller:certificate-controller', status: 'pass' }] },
  { fixture: 'fail-approval-update.yaml', want: [{ name: 'csr-approver', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-bound-to-built-in-controller-role.yaml', want: [{ name: 'my-approver', status: 'fail', line: 21, column: 9 }] },
];

fixtureCases('rbac-csr-approval', rule, dir, cases);
