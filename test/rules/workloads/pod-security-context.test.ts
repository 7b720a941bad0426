import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-security-context.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases = [
  { fixture: 'pass-pod-run-as-non-root.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-container-hardened.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-no-security-context.yaml', want: [{ name: 'cache', status: 'fail', line: 11, column: 11 }] },
  { fixture: 'fail-only-defaults.yaml', want: [{ name: 'db', status: 'fail', line: 15, column: 11 }] },
  { fixture: 'fail-empty-security-context.yaml', want: [{ name: 'tools', status: 'fail', line: 10, column: 7 }] },
  { fixture: 'fail-init-container-unprotected.yaml', want: [{ name: 'backup', status: 'fail', line: 15, column: 15 }] },
];

const messages = [
  { fixture: 'fail-no-security-context.yaml', want: 'container with no restricting security context: "redis" (no securityContext at container or pod level)' },
  { fixture: 'fail-only-defaults.yaml', want: 'container with no restricting security context: "postgres" (neither its nor the pod securityContext restricts anything)' },
  { fixture: 'fail-init-container-unprotected.yaml', want: 'container with no restricting security context: "fix-permissions" (no securityContext at container or pod level)' },
];

const test = suite('pod-security-context');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
for (const { fixture, want } of messages) {
  test(`message: ${fixture}`, async () => {
    const [first] = await evaluateFixture(rule, path.join(dir, fixture));
    assert.is(first.verdict.message, want);
  });
}
test.run();
