import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-host-ipc.js';
import { checkRule, evaluateFixture, fixturesDir, type Simple } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: { fixture: string; want: Simple[]; says?: string[] }[] = [
  { fixture: 'pass-not-set.yaml', want: [{ name: 'db', status: 'pass' }] },
  { fixture: 'pass-false.yaml', want: [{ name: 'migrate', status: 'pass' }] },
  {
    fixture: 'fail-host-ipc.yaml',
    want: [{ name: 'cache', status: 'fail', line: 10, column: 16 }],
    says: ['hostIPC is true: container "cache", container "exporter"'],
  },
  { fixture: 'fail-host-ipc-in-replication-controller.yaml', want: [{ name: 'legacy', status: 'fail', line: 7, column: 22 }] },
];

const test = suite('pod-host-ipc');
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
