import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-host-path-volumes.js';
import { checkRule, evaluateFixture, fixturesDir, type Simple } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: { fixture: string; want: Simple[]; says?: string[] }[] = [
  { fixture: 'pass-no-volumes.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-other-volumes.yaml', want: [{ name: 'db', status: 'pass' }] },
  {
    fixture: 'fail-host-path.yaml',
    want: [{ name: 'log-shipper', status: 'fail', line: 22, column: 11 }],
    says: ['hostPath volume "varlog" (path "/var/log", mounted by container "shipper")'],
  },
  {
    fixture: 'fail-host-paths-in-cronjob.yaml',
    want: [{ name: 'cleanup', status: 'fail', line: 23, column: 15 }],
    says: ['"images" (path "/var/lib/containerd", mounted by init container "scan"), "unused" (path "/etc", not mounted by any container)'],
  },
];

const test = suite('pod-host-path-volumes');
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
