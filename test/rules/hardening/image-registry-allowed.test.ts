// image-registry-allowed: images must come from the allow-list in the scan options; manual without one.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/image-registry-allowed.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const options = { allowedRegistries: ['registry.example.com', '*.corp.example', 'ghcr.io/acme'] };
const cases: { fixture: string; options: Record<string, unknown>; want: unknown[] }[] = [
  { fixture: 'pass-allowed-registries.yaml', options, want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-allowed-registries.yaml', options: {}, want: [{ name: 'web', status: 'manual', line: 12, column: 16 }] },
  { fixture: 'fail-docker-hub-shorthand.yaml', options, want: [{ name: 'api', status: 'fail', line: 14, column: 16 }] },
  { fixture: 'fail-prefix-boundary.yaml', options, want: [{ name: 'tools', status: 'fail', line: 13, column: 12 }] },
];

const test = suite('image-registry-allowed');
for (const { fixture, options: o, want } of cases) {
  test(`${fixture} ${'allowedRegistries' in o ? 'with' : 'without'} an allow-list`, async () => assert.equal(await checkRule(rule, path.join(dir, fixture), { options: o }), want));
}
test('messages name the registry and repository, and the registries seen when there is no list', async () => {
  const [fail] = await evaluateFixture(rule, path.join(dir, 'fail-docker-hub-shorthand.yaml'), { options });
  assert.is(fail.verdict.message, 'container "cache" uses "docker.io/library/redis", outside the allowed registries');
  assert.is(fail.verdict.fieldPath, 'spec.template.spec.containers[name=cache].image');
  const [m] = await evaluateFixture(rule, path.join(dir, 'pass-allowed-registries.yaml'));
  assert.match(m.verdict.message, /images come from "ghcr.io", "mirror.corp.example", "registry.example.com"$/);
});
test.run();
