// image-pull-policy-stale: a moving tag with IfNotPresent (explicit or defaulted) or Never lets nodes run stale images.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/image-pull-policy-stale.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-full-version-and-always.yaml', want: [{ name: 'web', status: 'pass' }] },
  // Defaulted policy: point at the image, whose tag is what to change.
  { fixture: 'fail-minor-tag-default.yaml', want: [{ name: 'web', status: 'fail', line: 11, column: 16 }] },
  // Explicit policy: point at imagePullPolicy.
  { fixture: 'fail-latest-if-not-present.yaml', want: [{ name: 'tip', status: 'fail', line: 10, column: 22 }] },
];

const test = suite('image-pull-policy-stale');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message says when the policy is the default', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-minor-tag-default.yaml'));
  assert.is(ev.verdict.message, 'container "web" image "nginx:1.25" has a moving tag and imagePullPolicy IfNotPresent (the default)');
});
test.run();
