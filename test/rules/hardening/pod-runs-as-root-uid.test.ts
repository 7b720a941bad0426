// pod-runs-as-root-uid: an effective runAsUser of 0 without runAsNonRoot fails (pod-level settings are inherited).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/pod-runs-as-root-uid.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-non-root.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-pod-level-root.yaml', want: [{ name: 'db', status: 'fail', line: 9, column: 20 }] },
];

const test = suite('pod-runs-as-root-uid');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('only the container that inherits the pod setting is named', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-pod-level-root.yaml'));
  assert.is(ev.verdict.message, 'runAsUser is 0 without runAsNonRoot for container "db"');
});
test.run();
