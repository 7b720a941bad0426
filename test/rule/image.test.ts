// Image references, moving tags and registry allow-lists (lib/rule/image.ts).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isMovingTag, parseImageRef, registryAllowed } from '../../lib/rule/image.js';

const test = suite('rule/image');
const D = 'sha256:4c4b2b4d1c2b8e0b0a4a2e9f0c5c3b1e2d7a9f8b6c5d4e3f2a1b0c9d8e7f6a5b';

test('parseImageRef resolves registry, repository, tag and digest as the runtime does', () => {
  const table: [string, Record<string, string> | undefined][] = [
    ['nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['nginx:1.25.3', { registry: 'docker.io', repository: 'library/nginx', tag: '1.25.3' }],
    ['bitnami/redis:7', { registry: 'docker.io', repository: 'bitnami/redis', tag: '7' }],
    ['index.docker.io/library/nginx', { registry: 'docker.io', repository: 'library/nginx' }],
    ['localhost:5000/app', { registry: 'localhost:5000', repository: 'app' }],
    ['localhost/app:1', { registry: 'localhost', repository: 'app', tag: '1' }],
    ['Registry.Example.com/a/b/c:v1.0.0', { registry: 'registry.example.com', repository: 'a/b/c', tag: 'v1.0.0' }],
    [`ghcr.io/acme/app:1.0.0@${D}`, { registry: 'ghcr.io', repository: 'acme/app', tag: '1.0.0', digest: D }],
    [`app@${D}`, { registry: 'docker.io', repository: 'library/app', digest: D }],
    ['', undefined],
    ['has space:1', undefined],
    ['app@sha256:short', undefined],
    ['registry.example.com//app', undefined],
    ['app:-bad', undefined],
  ];
  for (const [raw, want] of table) {
    const got = parseImageRef(raw);
    if (want === undefined) assert.is(got, undefined, raw);
    else {
      const { raw: _r, ...rest } = got ?? { raw: '' };
      assert.equal(rest, want, raw);
    }
  }
});

test('isMovingTag: only full versions are fixed', () => {
  for (const t of ['1.25.3', 'v2.1.0', '2.1.0-alpine', '2024.01.15', '1.2.3+build.4']) assert.not.ok(isMovingTag(t), t);
  for (const t of [undefined, 'latest', 'stable', '1', '1.25', 'v1.25', 'main', 'alpine']) assert.ok(isMovingTag(t), String(t));
});

test('registryAllowed: hosts, wildcard subdomains and repository prefixes at a path boundary', () => {
  const ref = (s: string) => parseImageRef(s)!;
  assert.ok(registryAllowed(ref('registry.example.com/x:1'), ['REGISTRY.example.com']));
  assert.ok(registryAllowed(ref('a.b.corp.example/x'), ['*.corp.example']));
  assert.not.ok(registryAllowed(ref('corp.example/x'), ['*.corp.example']));
  assert.ok(registryAllowed(ref('ghcr.io/acme/x'), ['ghcr.io/acme/']));
  assert.ok(registryAllowed(ref('ghcr.io/acme/x'), ['ghcr.io/acme']));
  assert.not.ok(registryAllowed(ref('ghcr.io/acme-evil/x'), ['ghcr.io/acme']));
  assert.ok(registryAllowed(ref('nginx'), ['docker.io']));
  assert.ok(registryAllowed(ref('nginx'), ['docker.io/library']));
  assert.not.ok(registryAllowed(ref('registry.example.com.evil.io/x'), ['registry.example.com']));
});
test.run();
