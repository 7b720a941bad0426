// namespace-default-deny-missing: table-driven over the rule's fixtures.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/namespace-default-deny-missing.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-deny-in-two-policies.yaml', want: [{ name: 'empty', status: 'not-applicable' }, { name: 'shop', status: 'pass' }] },
  { fixture: 'fail-deny-with-allow-rule.yaml', want: [{ name: 'shop', status: 'fail', line: 2, column: 1 }] },
];

const test = suite('namespace-default-deny-missing');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the failure message', async () => {
  const evs = await evaluateFixture(rule, path.join(dir, 'fail-deny-with-allow-rule.yaml'));
  assert.is(evs.find((e) => e.verdict.status === 'fail')?.verdict.message, 'namespace "shop" has no default-deny NetworkPolicy for egress');
});
test.run();
