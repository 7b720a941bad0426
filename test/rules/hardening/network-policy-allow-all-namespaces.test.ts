// network-policy-allow-all-namespaces: table-driven over the rule's fixtures.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/network-policy-allow-all-namespaces.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-labelled-namespaces.yaml', want: [{ name: 'allow-monitoring', status: 'pass' }] },
  { fixture: 'fail-every-namespace.yaml', want: [{ name: 'allow-cluster', status: 'fail', line: 10, column: 7 }] },
  { fixture: 'fail-egress-pod-label-any-namespace.yaml', want: [{ name: 'to-db', status: 'fail', line: 10, column: 7 }] },
];

const test = suite('network-policy-allow-all-namespaces');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the failure message', async () => {
  const evs = await evaluateFixture(rule, path.join(dir, 'fail-egress-pod-label-any-namespace.yaml'));
  assert.is(evs.find((e) => e.verdict.status === 'fail')?.verdict.message, 'NetworkPolicy "to-db" allows egress to pods with the selected labels in any namespace (namespaceSelector: {})');
});
test.run();
