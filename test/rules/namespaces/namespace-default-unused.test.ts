import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/namespaces/namespace-default-unused.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'namespaces');
const cases = [
  { fixture: 'pass-only-built-ins.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'fail-workload-in-default.yaml', want: [{ name: 'cluster', status: 'fail', line: 9, column: 18 }] },
  { fixture: 'manual-no-namespace-set.yaml', want: [{ name: 'cluster', status: 'manual', line: 4, column: 1 }] },
];

const messages = [
  { fixture: 'fail-workload-in-default.yaml', want: 'namespace "default" holds 2 user objects: Deployment "legacy-app", Service "legacy-app"' },
  {
    fixture: 'manual-no-namespace-set.yaml',
    want: '2 objects set no namespace and will land in the namespace given when applying (the Helm release or kubectl context namespace, "default" unless set): Deployment "web", Service "web"',
  },
];

const test = suite('namespace-default-unused');
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
