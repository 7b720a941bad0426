// Lists are cut into items at the text level (YAML dashes, JSON closing braces) before parsing; these properties
// check the cut against independent readers of the whole text, on random Lists in every layout kubectl and other
// printers produce: the objects equal a whole-text parse (without managedFields), and the position of a field in
// each object equals where a full syntax tree of the whole file puts it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import jsyaml from 'js-yaml';
import jsonc from 'jsonc-parser';
import { LineCounter, parseDocument, type Node as YNode } from 'yaml';
import { parseText } from '../../lib/model/parse.js';

const test = suite('model/list-cut');
const SEED = 20261127;

/** Strings that stress cutting: braces, brackets, quotes, escapes, line breaks, dashes and YAML indicators. */
const tricky = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.constantFrom('}', ']', '},', '\n        }', '"', '\\', '- a', '---', '# x', 'a: b', '{', '[', '\r\n', 'é€😀', ''),
);
const name = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const scalar = fc.oneof(tricky, fc.integer(), fc.boolean(), fc.constant(null));
const value = fc.letrec((tie) => ({
  v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 3 }), fc.dictionary(name, tie('v'), { maxKeys: 3, noNullPrototype: true })),
})).v;

const item = fc.record({
  apiVersion: fc.constantFrom('v1', 'apps/v1'),
  kind: fc.constantFrom('ConfigMap', 'Deployment', 'Pod'),
  metadata: fc.record(
    {
      name,
      namespace: name,
      annotations: fc.dictionary(name, tricky, { maxKeys: 3, noNullPrototype: true }),
      managedFields: fc.array(fc.record({ manager: tricky, fieldsV1: fc.dictionary(name, value, { maxKeys: 3, noNullPrototype: true }) }), { maxLength: 2 }),
    },
    { requiredKeys: ['name'] },
  ),
  data: fc.dictionary(name, value, { maxKeys: 4, noNullPrototype: true }),
});

const list = fc.record({ items: fc.array(item, { minLength: 1, maxLength: 6 }), itemsFirst: fc.boolean() }).map(({ items, itemsFirst }) =>
  itemsFirst ? { items, apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' } } : { apiVersion: 'v1', kind: 'List', metadata: { resourceVersion: '' }, items },
);

type Obj = Record<string, unknown>;

function withoutManagedFields(o: Obj): Obj {
  const { managedFields: _m, ...metadata } = o.metadata as Obj;
  return { ...o, metadata };
}

function lineCol(text: string, offset: number): [number, number] {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return [line, offset - (before.lastIndexOf('\n') + 1) + 1];
}

const JSON_LAYOUTS: [string, (l: Obj) => string][] = [
  ['kubectl (4 spaces)', (l) => `${JSON.stringify(l, null, 4)}\n`],
  ['2 spaces', (l) => JSON.stringify(l, null, 2)],
  ['tabs', (l) => JSON.stringify(l, null, '\t')],
  ['compact', (l) => JSON.stringify(l)],
  ['CRLF', (l) => `${JSON.stringify(l, null, 4).replace(/\n/g, '\r\n')}\r\n`],
];

for (const [layout, print] of JSON_LAYOUTS) {
  test(`JSON List, ${layout}: objects and positions equal a whole-text read`, () => {
    fc.assert(
      fc.property(list, (l) => {
        const text = print(l);
        const { resources, errors } = parseText(text, 'l.json');
        assert.equal(errors, []);
        assert.equal(resources.map((r) => r.obj), l.items.map((i) => withoutManagedFields(i as Obj)));
        const tree = jsonc.parseTree(text)!;
        resources.forEach((r, i) => {
          const want = jsonc.findNodeAtLocation(tree, ['items', i, 'metadata', 'name'])!;
          const at = r.locate(['metadata', 'name']);
          assert.equal([at.line, at.column], lineCol(text, want.offset), `item ${i} in ${JSON.stringify(text)}`);
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
}

const YAML_LAYOUTS: [string, jsyaml.DumpOptions][] = [
  ['kubectl (dashes at the key)', { noArrayIndent: true, lineWidth: -1 }],
  ['indented dashes', { noArrayIndent: false, lineWidth: -1 }],
  ['4-space indent', { indent: 4, lineWidth: -1 }],
  ['folded long lines', { lineWidth: 20 }],
];

for (const [layout, options] of YAML_LAYOUTS) {
  test(`YAML List, ${layout}: objects and positions equal a whole-text read`, () => {
    fc.assert(
      fc.property(list, (l) => {
        const text = jsyaml.dump(l, { ...options, noRefs: true });
        const { resources, errors } = parseText(text, 'l.yaml');
        assert.equal(errors, []);
        assert.equal(resources.map((r) => r.obj), l.items.map((i) => withoutManagedFields(i as Obj)));
        const lc = new LineCounter();
        const doc = parseDocument(text, { lineCounter: lc });
        resources.forEach((r, i) => {
          const want = doc.getIn(['items', i, 'metadata', 'name'], true) as YNode;
          const at = r.locate(['metadata', 'name']);
          const p = lc.linePos(want.range![0]);
          assert.equal([at.line, at.column], [p.line, p.col], `item ${i} in ${JSON.stringify(text)}`);
        });
      }),
      { seed: SEED, numRuns: 150 },
    );
  });
}

test.run();
