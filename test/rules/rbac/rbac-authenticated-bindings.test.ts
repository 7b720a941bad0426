import rule from '../../../rules/rbac/rbac-authenticated-bindings.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// One verdict per binding; `says` holds a substring of each verdict's message, in target order.
const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  {
    fixture: 'pass-bootstrap-defaults.yaml',
    want: [
      { name: 'system:basic-user', status: 'pass' },
      { name: 'system:discovery', status: 'pass' },
      { name: 'system:public-info-viewer', status: 'pass' },
    ],
    says: ['default binding of the bootstrap policy', 'default binding of the bootstrap policy', 'default binding of the bootstrap policy'],
  },
  {
    fixture: 'fail-all-users-view.yaml',
    want: [{ name: 'all-users-view', status: 'fail', line: 13, column: 11 }],
    says: ['Group "system:authenticated" (every authenticated identity) is bound to ClusterRole "view" cluster-wide'],
  },
];

fixtureCases('rbac-authenticated-bindings', rule, dir, cases);
