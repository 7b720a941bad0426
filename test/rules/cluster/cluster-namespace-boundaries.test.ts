import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/cluster/cluster-namespace-boundaries.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

// This control is always manual: whether namespaces match teams and trust levels is an organisational question.
// The cases pin the facts it reports.
const dir = fixturesDir(rule, 'cluster');
const cases = [
  {
    fixture: 'manual-app-namespaces.yaml',
    message:
      '2 namespaces hold workloads outside the system namespaces ("shop-backend", "shop-frontend"); 1 workload runs in "default"; ' +
      'RoleBindings in 1, NetworkPolicies in 1 and ResourceQuotas in 0 of them: review that namespaces separate teams and applications',
  },
  {
    fixture: 'manual-system-only.yaml',
    message: 'no namespace outside the system namespaces holds workloads in the input: review that namespaces separate teams and applications',
  },
];

const test = suite('cluster-namespace-boundaries');
for (const { fixture, message } of cases) {
  test(fixture, async () => {
    assert.equal(await checkRule(rule, path.join(dir, fixture)), [{ name: 'cluster', status: 'manual' }]);
    const [first] = await evaluateFixture(rule, path.join(dir, fixture));
    assert.is(first.verdict.message, message);
  });
}
test.run();
