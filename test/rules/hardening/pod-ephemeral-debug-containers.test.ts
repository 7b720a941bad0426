// pod-ephemeral-debug-containers: a running pod with ephemeral containers fails, even when a ReplicaSet owns it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/pod-ephemeral-debug-containers.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-clean-and-finished.yaml', want: [{ name: 'web', status: 'pass' }, { name: 'job-x', status: 'pass' }] },
  { fixture: 'fail-debug-left-behind.yaml', want: [{ name: 'web-7d4b9c-x2x9z', status: 'fail', line: 12, column: 5 }] },
];

const test = suite('pod-ephemeral-debug-containers');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message names the debug container', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-debug-left-behind.yaml'));
  assert.is(ev.verdict.message, 'pod "web-7d4b9c-x2x9z" carries ephemeral debug container "debugger-k2x9p"');
});
test.run();
