import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-host-network.js';
import { checkRule, evaluateFixture, fixturesDir, type Simple } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: { fixture: string; want: Simple[]; says?: string[] }[] = [
  { fixture: 'pass-not-set.yaml', want: [{ name: 'web-5c8f', status: 'pass' }] },
  { fixture: 'pass-false.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-host-network.yaml', want: [{ name: 'ingress', status: 'fail', line: 10, column: 20 }] },
  {
    fixture: 'fail-list-dump-owned-pods.yaml',
    want: [
      { name: 'dns', status: 'fail', line: 11, column: 24 },
      { name: 'toolbox', status: 'pass' },
    ],
  },
];

const test = suite('pod-host-network');
for (const { fixture, want, says } of cases) {
  test(fixture, async () => {
    assert.equal(await checkRule(rule, path.join(dir, fixture)), want);
    if (says) {
      const messages = (await evaluateFixture(rule, path.join(dir, fixture))).map((e) => e.verdict.message);
      says.forEach((s, i) => assert.ok(messages[i]?.includes(s), `message ${i} "${messages[i]}" should contain "${s}"`));
    }
  });
}
test.run();
