import rule from '../../../rules/rbac/rbac-unauthenticated-bindings.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// One verdict per binding; `says` holds a substring of each verdict's message, in target order.
const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  {
    fixture: 'pass-public-info-viewer-default.yaml',
    want: [{ name: 'system:public-info-viewer', status: 'pass' }, { name: 'web-reader', status: 'pass' }],
    says: ['default binding of the bootstrap policy for "system:unauthenticated"', 'does not name "system:unauthenticated"'],
  },
  {
    fixture: 'fail-discovery-for-everyone.yaml',
    want: [{ name: 'open-discovery', status: 'fail', line: 13, column: 11 }, { name: 'system:public-info-viewer', status: 'fail', line: 26, column: 11 }],
    says: [
      'Group "system:unauthenticated" (every request without valid credentials) is bound to ClusterRole "system:discovery" cluster-wide',
      'not labelled as the bootstrap default it is named after',
    ],
  },
  {
    fixture: 'fail-rolebinding-in-namespace.yaml',
    want: [{ name: 'public-config', status: 'fail', line: 14, column: 11 }],
    says: ['is bound to Role "config-reader" in namespace "web"'],
  },
];

fixtureCases('rbac-unauthenticated-bindings', rule, dir, cases);
