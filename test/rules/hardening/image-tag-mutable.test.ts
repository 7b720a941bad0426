// image-tag-mutable: no latest and no missing tag unless a digest pins the image; a registry port is not a tag.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/image-tag-mutable.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-version-and-pinned-latest.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-latest.yaml', want: [{ name: 'agent', status: 'fail', line: 11, column: 16 }] },
  { fixture: 'fail-no-tag-registry-port.yaml', want: [{ name: 'local', status: 'fail', line: 11, column: 12 }] },
];

const test = suite('image-tag-mutable');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
test('a registry port is not read as a tag', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-no-tag-registry-port.yaml'));
  assert.is(ev.verdict.message, 'container "app" image "localhost:5000/app" has no tag');
});
test.run();
