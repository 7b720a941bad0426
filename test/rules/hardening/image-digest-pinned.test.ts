// image-digest-pinned: every image (init and ephemeral containers too) carries a digest.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/image-digest-pinned.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-digest.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-init-container-tag.yaml', want: [{ name: 'report', status: 'fail', line: 14, column: 20 }] },
  { fixture: 'manual-empty-image.yaml', want: [{ name: 'broken', status: 'manual', line: 9, column: 12 }] },
];

const test = suite('image-digest-pinned');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('the message names the container and the reference', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-init-container-tag.yaml'));
  assert.is(ev.verdict.message, 'container "fetch" image "registry.example.com/fetch:1.2.3" has no digest');
});
test.run();
