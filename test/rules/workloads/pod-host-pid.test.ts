import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-host-pid.js';
import { checkRule, evaluateFixture, fixturesDir, type Simple } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: { fixture: string; want: Simple[]; says?: string[] }[] = [
  { fixture: 'pass-not-set.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-false.yaml', want: [{ name: 'web', status: 'pass' }] },
  {
    fixture: 'fail-host-pid.yaml',
    want: [{ name: 'debug', status: 'fail', line: 8, column: 12 }],
    says: ['init container "setup", container "shell" share the node\'s process ID namespace'],
  },
  { fixture: 'fail-host-pid-in-cronjob.yaml', want: [{ name: 'audit', status: 'fail', line: 13, column: 20 }] },
  { fixture: 'fail-owned-pod-reported-on-controller.yaml', want: [{ name: 'node-agent', status: 'fail', line: 14, column: 20 }] },
];

const test = suite('pod-host-pid');
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
