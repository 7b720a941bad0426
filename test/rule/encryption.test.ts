// EncryptionConfiguration: which provider writes Secrets (first entry covering them, first provider of it).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import { secretsProvider } from '../../lib/rule/encryption.js';

const test = suite('rule/encryption');

function config(resources: string): ReturnType<typeof secretsProvider> {
  const text = `apiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources:\n${resources}`;
  const out = parseText(text, 'enc.yaml');
  assert.equal(out.errors, []);
  return secretsProvider(out.resources[0]);
}

const cases: [string, string, Partial<ReturnType<typeof secretsProvider>>][] = [
  ['aescbc first', '- resources: [secrets]\n  providers:\n  - aescbc: {keys: [{name: k1, secret: redacted}]}\n  - identity: {}\n', { kind: 'provider', type: 'aescbc', matchedBy: 'secrets', entry: 0 }],
  ['identity first', '- resources: [secrets]\n  providers:\n  - identity: {}\n  - aescbc: {keys: [{name: k1, secret: redacted}]}\n', { kind: 'provider', type: 'identity' }],
  ['kms v2', '- resources: [secrets]\n  providers:\n  - kms: {apiVersion: v2, name: vault, endpoint: unix:///kms.sock}\n', { kind: 'provider', type: 'kms', kmsVersion: 'v2' }],
  ['kms without apiVersion is v1', '- resources: [secrets]\n  providers:\n  - kms: {name: vault, endpoint: unix:///kms.sock}\n', { kind: 'provider', type: 'kms', kmsVersion: 'v1' }],
  ['no entry for secrets', '- resources: [configmaps]\n  providers:\n  - aescbc: {keys: []}\n', { kind: 'no-entry' }],
  ['core wildcard covers secrets', '- resources: ["*."]\n  providers:\n  - secretbox: {keys: []}\n', { kind: 'provider', type: 'secretbox', matchedBy: '*.' }],
  ['the first matching entry wins', '- resources: [configmaps]\n  providers: [{aesgcm: {keys: []}}]\n- resources: [secrets]\n  providers: [{identity: {}}]\n- resources: ["*.*"]\n  providers: [{aescbc: {keys: []}}]\n', { kind: 'provider', type: 'identity', entry: 1 }],
  ['an entry with no providers', '- resources: [secrets]\n  providers: []\n', { kind: 'no-providers' }],
];

for (const [name, resources, want] of cases) {
  test(name, () => {
    const got = config(resources);
    for (const [k, v] of Object.entries(want)) assert.equal((got as unknown as Record<string, unknown>)[k], v, `${name}: ${k}`);
  });
}

test('the finding points at the provider key', () => {
  const got = config('- resources: [secrets]\n  providers:\n  - identity: {}\n');
  assert.equal([got.loc.line, got.loc.column], [6, 5]);
});

test('a document that is not an EncryptionConfiguration', () => {
  const r = parseText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 'x.yaml').resources[0];
  assert.is(secretsProvider(r).kind, 'not-encryption-config');
});

test.run();
