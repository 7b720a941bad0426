// The fast position finders agree with yaml's full document model on every field of every rule fixture.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readFileSync } from 'node:fs';
import fg from 'fast-glob';
import jsyaml from 'js-yaml';
import { blankManagedFields, makeFinder } from '../../lib/model/locate.js';
import { fromRoot } from '../helpers/paths.js';

const test = suite('model/locate');

function* paths(v: unknown, prefix: (string | number)[] = []): Generator<(string | number)[]> {
  yield prefix;
  if (Array.isArray(v)) for (let i = 0; i < v.length; i++) yield* paths(v[i], [...prefix, i]);
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) yield* paths((v as Record<string, unknown>)[k], [...prefix, k]);
}

const files = fg.sync('rules/**/*.fixtures/**/*.{yaml,yml}', { cwd: fromRoot() }).sort();

test('fixtures exist to compare on', () => {
  assert.ok(files.length > 50, `found ${files.length} fixture files`);
});

test('listener-based YAML finder matches the document model for every field', () => {
  let compared = 0;
  for (const f of files) {
    const text = readFileSync(fromRoot(f), 'utf8');
    if (/^---/m.test(text.replace(/^---\n/, '')) || /(^|[\s[{,:-])&[^\s]/.test(text)) continue; // single-document, anchor-free files
    let value: unknown;
    try {
      value = jsyaml.load(text, { schema: jsyaml.CORE_SCHEMA });
    } catch {
      continue;
    }
    const fast = makeFinder(text, 'yaml');
    const full = makeFinder(text, 'yaml-with-anchors');
    for (const p of paths(value)) {
      if (p.length === 0) continue;
      const a = fast(p);
      const b = full(p);
      assert.equal(a?.start, b?.start, `${f} ${JSON.stringify(p)}`);
      compared++;
    }
  }
  assert.ok(compared > 1000, `compared ${compared} fields`);
});

test('JSON finder matches the document model', () => {
  const text = JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', labels: { '10': 'x', a: 'b' } }, spec: { containers: [{ name: 'c', ports: [{ containerPort: 80 }] }] } }, null, 2);
  const value = JSON.parse(text);
  const fast = makeFinder(text, 'json');
  const full = makeFinder(text, 'yaml-with-anchors');
  for (const p of paths(value)) if (p.length) assert.equal(fast(p)?.start, full(p)?.start, JSON.stringify(p));
});

test('managedFields blanking keeps offsets and hides the block only', () => {
  const text = 'metadata:\n  managedFields:\n  - manager: kubectl\n    fieldsV1:\n      f:spec: {}\n  name: x\nspec: {}\n';
  const out = blankManagedFields(text);
  assert.is(out.length, text.length);
  assert.is(out.split('\n').length, text.split('\n').length);
  assert.not.match(out, /kubectl/);
  assert.match(out, /  name: x/);
  assert.is(makeFinder(text, 'yaml')(['metadata', 'name'])?.start, text.indexOf('x\nspec'));
});

test.run();
