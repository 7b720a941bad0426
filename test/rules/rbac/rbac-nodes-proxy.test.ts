import rule from '../../../rules/rbac/rbac-nodes-proxy.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-nodes-metrics.yaml', want: [{ name: 'node-metrics', status: 'pass' }] },
  { fixture: 'pass-rolebinding-cannot-grant-nodes.yaml', want: [{ name: 'node-proxy', status: 'pass' }] },
  { fixture: 'fail-nodes-proxy-get.yaml', want: [{ name: 'node-proxy', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-any-resource-proxy.yaml', want: [{ name: 'proxy-everything', status: 'fail', line: 9, column: 5 }] },
];

fixtureCases('rbac-nodes-proxy', rule, dir, cases);
