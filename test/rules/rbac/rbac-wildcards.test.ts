import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-wildcards.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  {
    fixture: 'pass-explicit-rules.yaml',
    want: [
      { name: 'metrics-reader', status: 'pass' },
      { name: 'deployer', status: 'pass' },
    ],
  },
  { fixture: 'pass-default-cluster-admin.yaml', want: [{ name: 'cluster-admin', status: 'pass' }] },
  { fixture: 'fail-wildcard-verbs.yaml', want: [{ name: 'pod-manager', status: 'fail', line: 12, column: 9 }] },
  { fixture: 'fail-wildcard-api-groups-only.yaml', want: [{ name: 'any-group-deployments', status: 'fail', line: 9, column: 25 }] },
  { fixture: 'fail-subresource-wildcard.yaml', want: [{ name: 'autoscaler', status: 'fail', line: 11, column: 17 }] },
  {
    fixture: 'fail-aggregated-source.yaml',
    want: [
      { name: 'crd-admin', status: 'pass' },
      { name: 'widgets-reader', status: 'fail', line: 27, column: 21 },
    ],
  },
];

const test = fixtureCasesSuite('rbac-wildcards', rule, dir, cases);
test('the message names the wildcard fields and who is bound', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-wildcard-verbs.yaml'));
  assert.is(ev.verdict.message, 'wildcard in rules[0].verbs; bound to ServiceAccount "shop/janitor"');
  assert.is(ev.verdict.fieldPath, 'rules[0].verbs[1]');
});
test.run();
