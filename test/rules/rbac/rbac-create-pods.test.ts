import rule from '../../../rules/rbac/rbac-create-pods.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-read-only-pods.yaml', want: [{ name: 'pod-reader', status: 'pass' }] },
  { fixture: 'pass-create-limited-by-resource-names.yaml', want: [{ name: 'named-pod', status: 'pass' }] },
  { fixture: 'pass-default-controller-binding.yaml', want: [{ name: 'system:controller:replicaset-controller', status: 'pass' }] },
  { fixture: 'fail-create-pods-in-namespace.yaml', want: [{ name: 'runner', status: 'fail', line: 10, column: 5 }] },
  { fixture: 'fail-wildcard-resources-cluster-wide.yaml', want: [{ name: 'core-creator', status: 'fail', line: 9, column: 5 }] },
];

fixtureCases('rbac-create-pods', rule, dir, cases);
