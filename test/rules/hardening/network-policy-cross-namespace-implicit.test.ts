// network-policy-cross-namespace-implicit: table-driven over the rule's fixtures.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/network-policy-cross-namespace-implicit.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-explicit-peers.yaml', want: [{ name: 'shop', status: 'pass' }] },
  { fixture: 'fail-unselected-pod.yaml', want: [{ name: 'shop', status: 'fail', line: 19, column: 1 }] },
  { fixture: 'fail-rule-without-peers.yaml', want: [{ name: 'shop', status: 'fail', line: 8, column: 5 }] },
];

const test = suite('network-policy-cross-namespace-implicit');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the failure message', async () => {
  const evs = await evaluateFixture(rule, path.join(dir, 'fail-unselected-pod.yaml'));
  assert.is(evs.find((e) => e.verdict.status === 'fail')?.verdict.message, 'Deployment "worker" in namespace "shop" accepts traffic from every namespace: no ingress NetworkPolicy selects it');
});
test.run();
