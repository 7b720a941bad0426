import rule from '../../../rules/rbac/rbac-service-account-token-create.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-read-service-accounts.yaml', want: [{ name: 'sa-reader', status: 'pass' }] },
  { fixture: 'fail-create-token.yaml', want: [{ name: 'token-minter', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'manual-token-for-named-account.yaml', want: [{ name: 'deployer-token', status: 'manual', line: 12, column: 5 }] },
];

fixtureCases('rbac-service-account-token-create', rule, dir, cases);
