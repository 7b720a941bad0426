// Parser: positions of fields, List expansion, Helm Source comments, errors with lines, hostile YAML.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';

const test = suite('model/parse');

test('locates scalar values, collection keys and nearest ancestor of missing fields', () => {
  const text = ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', '  containers:', '    - name: app', '      image: nginx:1.25', '      securityContext:', '        privileged: true', ''].join('\n');
  const { resources, errors } = parseText(text, 'pod.yaml');
  assert.equal(errors, []);
  assert.is(resources.length, 1);
  const r = resources[0];
  assert.is(r.name, 'web');
  assert.is(r.namespace, undefined);
  assert.equal(r.loc, { file: 'pod.yaml', line: 1, column: 1 });
  const p = r.locate(['spec', 'containers', 0, 'securityContext', 'privileged']);
  assert.equal([p.line, p.column, p.exact], [10, 21, true]);
  const sc = r.locate(['spec', 'containers', 0, 'securityContext']);
  assert.equal([sc.line, sc.column, sc.exact], [9, 7, true]);
  const missing = r.locate(['spec', 'containers', 0, 'resources', 'limits']);
  assert.equal([missing.line, missing.column, missing.exact], [7, 7, false]);
  assert.ok(Object.isFrozen(r.obj) && Object.isFrozen((r.obj.spec as Record<string, unknown>)));
});

test('expands kind: List and offsets item positions', () => {
  const text = ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: Namespace', '  metadata:', '    name: a', '- apiVersion: v1', '  kind: ServiceAccount', '  metadata:', '    name: default', '    namespace: a', ''].join('\n');
  const { resources } = parseText(text, 'dump.yaml');
  assert.equal(resources.map((r) => [r.kind, r.name, r.namespace, r.listIndex, r.loc.line]), [
    ['Namespace', 'a', undefined, 0, 4],
    ['ServiceAccount', 'default', 'a', 1, 8],
  ]);
  assert.is(resources[1].locate(['metadata', 'namespace']).line, 12);
});

test('keeps the Helm Source comment of each document', () => {
  const text = ['---', '# Source: shop/templates/sa.yaml', 'apiVersion: v1', 'kind: ServiceAccount', 'metadata:', '  name: shop', '---', '# Source: shop/templates/deploy.yaml', 'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: shop', ''].join('\n');
  const { resources } = parseText(text, '-');
  assert.equal(resources.map((r) => r.loc.helmSource), ['shop/templates/sa.yaml', 'shop/templates/deploy.yaml']);
  assert.equal(resources.map((r) => r.docIndex), [0, 1]);
  assert.is(resources[1].locate(['metadata', 'name']).helmSource, 'shop/templates/deploy.yaml');
});

test('reads JSON documents with positions', () => {
  const text = '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "j"},\n  "spec": {"hostPID": true}\n}\n';
  const { resources, errors } = parseText(text, 'pod.json');
  assert.equal(errors, []);
  const p = resources[0].locate(['spec', 'hostPID']);
  assert.equal([p.line, p.column], [5, 23]);
});

const bad: [string, string, RegExp, number | undefined][] = [
  ['syntax error', 'apiVersion: v1\nkind: Pod\nmetadata: {name: x\n', /invalid YAML/, 4],
  ['duplicate keys', 'apiVersion: v1\nkind: Pod\nkind: Service\nmetadata: {name: x}\n', /invalid YAML \(duplicate key\)/, 3],
  ['alias bomb', 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\nkind: Pod\n', /cannot read document/, 1],
  ['deep nesting', `kind: Pod\nx: ${'['.repeat(300)}${']'.repeat(300)}\n`, /nested deeper/, 1],
];
for (const [name, text, re, line] of bad) {
  test(`error entry, not a crash: ${name}`, () => {
    const out = parseText(text, 'bad.yaml');
    assert.is(out.resources.length, 0);
    assert.ok(out.errors.length >= 1);
    assert.match(out.errors[0].message, re);
    assert.is(out.errors[0].file, 'bad.yaml');
    if (line !== undefined) assert.is(out.errors[0].line, line);
  });
}

test('a broken document does not hide the good ones in the same file', () => {
  const text = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\nkind: [\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok2}\n';
  const out = parseText(text, 'mixed.yaml');
  assert.equal(out.resources.map((r) => r.name), ['ok', 'ok2']);
  assert.is(out.errors.length, 1);
  assert.is(out.errors[0].line, 6);
});

test('empty documents and non-objects are skipped silently', () => {
  const out = parseText('---\n---\n# only a comment\n---\n- a\n- b\n', 'empty.yaml');
  assert.equal(out.resources, []);
  assert.equal(out.errors, []);
});

test('error messages never quote document content', () => {
  const out = parseText('apiVersion: v1\nkind: Secret\ndata:\n  password: c3VwZXJzZWNyZXQ=\n  password: c3VwZXJzZWNyZXQ=\n', 's.yaml');
  assert.ok(out.errors.length > 0);
  for (const e of out.errors) assert.not.match(e.message, /c3VwZXJzZWNyZXQ/);
});

test('List items indented under items:, a bare dash, comments and trailing keys', () => {
  const text = ['apiVersion: v1', 'kind: List', 'items:', '  # first', '  - apiVersion: v1', '    kind: ConfigMap', '    metadata: {name: one}', '  -', '    apiVersion: v1', '    kind: ConfigMap', '    metadata:', '      name: two', 'metadata: {resourceVersion: ""}', ''].join('\n');
  const { resources, errors } = parseText(text, 'l.yaml');
  assert.equal(errors, []);
  assert.equal(resources.map((r) => [r.name, r.listIndex, r.loc.line, r.loc.column]), [['one', 0, 5, 5], ['two', 1, 9, 5]]);
  const n = resources[1].locate(['metadata', 'name']);
  assert.equal([n.line, n.column], [12, 13]);
});

test('a List in flow style is read whole, positions still exact', () => {
  const text = 'apiVersion: v1\nkind: List\nitems: [{apiVersion: v1, kind: ConfigMap, metadata: {name: f}}]\n';
  const { resources } = parseText(text, 'f.yaml');
  assert.equal(resources.map((r) => r.name), ['f']);
  const n = resources[0].locate(['metadata', 'name']);
  assert.equal([n.line, n.column], [3, 60]);
});

test('JSON List: items cut by the bracket scanner keep exact positions', () => {
  const text = '{\n  "apiVersion": "v1",\n  "items": [\n    {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a"}, "spec": {"hostIPC": true}},\n    {\n      "apiVersion": "v1", "kind": "Pod",\n      "metadata": {"name": "b \\" ]} tricky"},\n      "spec": {"hostIPC": false}\n    }\n  ],\n  "kind": "List"\n}\n';
  const { resources, errors } = parseText(text, 'l.json');
  assert.equal(errors, []);
  assert.equal(resources.map((r) => [r.name, r.loc.line, r.loc.column]), [['a', 4, 5], ['b " ]} tricky', 5, 5]]);
  const a = resources[0].locate(['spec', 'hostIPC']);
  assert.equal([a.line, a.column], [4, 88]);
  const b = resources[1].locate(['spec', 'hostIPC']);
  assert.equal([b.line, b.column], [8, 27]);
});

test('JSON List read item by item: managedFields dropped, a scalar last item is an error, broken JSON falls back', () => {
  const text = '{"apiVersion": "v1", "kind": "List", "items": [\n  {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "a", "managedFields": [{"manager": "x"}]}},\n  42\n]}\n';
  const { resources, errors } = parseText(text, 'l.json');
  assert.equal(resources.map((r) => r.name), ['a']);
  assert.not.ok('managedFields' in (resources[0].obj.metadata as Record<string, unknown>));
  assert.equal(errors.map((e) => [e.line, e.message]), [[3, 'item 1 of the list is not a Kubernetes object']]);
  const broken = parseText('{"apiVersion": "v1", "kind": "List", "items": [{"kind": "Pod"},, {"kind": "Pod"}]}', 'b.json');
  assert.is(broken.resources.length, 0);
  assert.is(broken.errors.length, 1);
});

const podJson = (name: string, extra = '') => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, ...(extra ? { labels: { note: extra } } : {}) }, spec: { hostPID: true, containers: [{ name: 'c', image: 'i' }] } });

test('JSON List: pretty-printed (kubectl), compact and CRLF forms give the same objects and exact positions', () => {
  const list = { apiVersion: 'v1', items: [podJson('a', '\n        }\n    ]'), podJson('b'), podJson('c')], kind: 'List', metadata: { resourceVersion: '' } };
  const pretty = JSON.stringify(list, null, 4) + '\n';
  const forms: [string, string][] = [['pretty', pretty], ['compact', JSON.stringify(list)], ['two-space', JSON.stringify(list, null, 2)], ['crlf', pretty.replace(/\n/g, '\r\n')]];
  for (const [form, text] of forms) {
    const { resources, errors } = parseText(text, 'l.json');
    assert.equal(errors, [], form);
    assert.equal(resources.map((r) => [r.name, r.listIndex]), [['a', 0], ['b', 1], ['c', 2]], form);
    for (const r of resources) {
      // The position found must be where the field really is in the text.
      const at = r.locate(['spec', 'hostPID']);
      const lineText = text.split(/\r?\n/)[at.line - 1];
      assert.ok(lineText.slice(at.column - 1).startsWith('true'), `${form} ${r.name}: ${lineText}`);
      const n = r.locate(['metadata', 'name']);
      assert.ok(text.split(/\r?\n/)[n.line - 1].slice(n.column - 1).startsWith(`"${r.name}"`), `${form} ${r.name} name`);
    }
  }
});

test('JSON List: a nested or duplicate "items" key cannot pose as the list (the cut is proved, else read whole)', () => {
  // Indented like kubectl output, but the first "items" at the keys' indentation belongs to metadata.
  const decoy = '{\n    "apiVersion": "v1",\n    "kind": "List",\n    "metadata": {"x": 1,\n    "items": [\n        {\n            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "fake"}\n        }\n    ]},\n    "items": [\n        {\n            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "real"}\n        }\n    ]\n}\n';
  assert.equal(parseText(decoy, 'd.json').resources.map((r) => r.name), ['real']);
  // JSON.parse keeps the last of two "items" keys; so does the cut.
  const dup = '{\n    "apiVersion": "v1",\n    "kind": "List",\n    "items": [\n        {\n            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "first"}\n        }\n    ],\n    "items": [\n        {\n            "apiVersion": "v1", "kind": "Pod", "metadata": {"name": "last"}\n        }\n    ]\n}\n';
  assert.equal(parseText(dup, 'd.json').resources.map((r) => r.name), ['last']);
  assert.equal(parseText(dup.replace(/\n */g, ''), 'd.json').resources.map((r) => r.name), ['last']);
});

test('document markers: "..." ends a document, "--- {inline}" starts one, a leading empty part is dropped', () => {
  const text = '# header comment\n---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n...\n--- {apiVersion: v1, kind: ConfigMap, metadata: {name: b}}\n';
  const { resources, errors } = parseText(text, 'm.yaml');
  assert.equal(errors, []);
  assert.equal(resources.map((r) => [r.name, r.docIndex, r.loc.line, r.loc.column]), [['a', 0, 3, 1], ['b', 1, 7, 5]]);
});

test('managedFields are dropped; values match a full YAML parse', () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  managedFields:\n  - manager: kubectl\n  labels: {a: "1", b: 2, c: true, d: null, e: 0x1F, f: 1.5}\n';
  const { resources } = parseText(text, 'p.yaml');
  const meta = resources[0].obj.metadata as Record<string, unknown>;
  assert.not.ok('managedFields' in meta);
  assert.equal(meta.labels, { a: '1', b: 2, c: true, d: null, e: 31, f: 1.5 });
});

test.run();
