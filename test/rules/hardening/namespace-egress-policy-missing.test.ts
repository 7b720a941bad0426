// namespace-egress-policy-missing: table-driven over the rule's fixtures.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/namespace-egress-policy-missing.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-egress-by-rules.yaml', want: [{ name: 'open', status: 'not-applicable' }, { name: 'shop', status: 'pass' }] },
  { fixture: 'fail-ingress-only.yaml', want: [{ name: 'shop', status: 'fail', line: 11, column: 3 }] },
];

const test = suite('namespace-egress-policy-missing');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the failure message', async () => {
  const evs = await evaluateFixture(rule, path.join(dir, 'fail-ingress-only.yaml'));
  assert.is(evs.find((e) => e.verdict.status === 'fail')?.verdict.message, 'namespace "shop" has only ingress NetworkPolicies ("default-deny-ingress", "allow-lb"); egress is open for every pod');
});
test.run();
