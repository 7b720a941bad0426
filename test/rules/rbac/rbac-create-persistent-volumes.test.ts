import rule from '../../../rules/rbac/rbac-create-persistent-volumes.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-claims-only.yaml', want: [{ name: 'claim-maker', status: 'pass' }] },
  { fixture: 'pass-rolebinding-cannot-grant-volumes.yaml', want: [{ name: 'volume-maker', status: 'pass' }] },
  { fixture: 'fail-create-volumes-cluster-wide.yaml', want: [{ name: 'volume-maker', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-verb-wildcard.yaml', want: [{ name: 'storage-admin', status: 'fail', line: 9, column: 5 }] },
];

fixtureCases('rbac-create-persistent-volumes', rule, dir, cases);
