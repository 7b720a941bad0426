// Field: reading values by path (own data only), paths built on demand, the field path format.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { Field, formatFieldPath } from '../../lib/rule/field.js';
import { parseText } from '../../lib/model/parse.js';

const test = suite('rule/field');

const [res] = parseText(
  [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: p',
    '  labels: {constructor: c, "__proto__": own-proto, toString: s}',
    'spec:',
    '  containers:',
    '  - name: web',
    '    image: nginx',
    '  - image: sidecar',
    '  hostPID: false',
    '',
  ].join('\n'),
  'p.yaml',
).resources;
const empty = parseText('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: e\n', 'e.yaml').resources[0];

/** [path, value, its field path] */
const READS: [(string | number)[], unknown, string][] = [
  [['spec', 'containers', 0, 'image'], 'nginx', 'spec.containers[name=web].image'],
  [['spec', 'containers', 1, 'image'], 'sidecar', 'spec.containers[1].image'],
  [['spec', 'hostPID'], false, 'spec.hostPID'],
  [['spec', 'containers', 'length'], undefined, 'spec.containers.length'],
  [['spec', 'containers', 5], undefined, 'spec.containers[5]'],
  [['spec', 'hostPID', 'x'], undefined, 'spec.hostPID.x'],
  [['metadata', 'labels', 'constructor'], 'c', 'metadata.labels.constructor'],
  [['metadata', 'labels', 'toString'], 's', 'metadata.labels.toString'],
  [['metadata', 'labels', '__proto__'], 'own-proto', 'metadata.labels.__proto__'],
  [['metadata', 'labels', 'hasOwnProperty'], undefined, 'metadata.labels.hasOwnProperty'],
  [['metadata', 'constructor'], undefined, 'metadata.constructor'],
  [['metadata', '__proto__'], undefined, 'metadata.__proto__'],
  [['metadata', 'valueOf'], undefined, 'metadata.valueOf'],
];

for (const [path, value, fieldPath] of READS) {
  test(`get ${path.join('.')} -> ${String(value)}`, () => {
    const f = Field.of(res, ...path);
    assert.is(f.value, value);
    assert.is(f.exists, value !== undefined && value !== null);
    assert.equal(f.path, path);
    assert.is(f.fieldPath, fieldPath);
    // The same field reached in steps has the same value and path.
    const stepped = path.reduce<Field>((acc, k) => acc.get(k), Field.of(res));
    assert.is(stepped.value, value);
    assert.equal(stepped.path, path);
  });
}

test('prototype names read as absent on an object without them, items and entries see own data only', () => {
  for (const k of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) assert.is(Field.of(empty, 'metadata', k).value, undefined, k);
  assert.equal(Field.of(res, 'spec', 'containers').items().map((c) => [c.get('name').str(), c.path]), [['web', ['spec', 'containers', 0]], [undefined, ['spec', 'containers', 1]]]);
  assert.equal(Field.of(res, 'metadata', 'labels').entries().map(([k, f]) => [k, f.value]), [['constructor', 'c'], ['__proto__', 'own-proto'], ['toString', 's']]);
  assert.is(formatFieldPath(res.obj, []), '');
});

test.run();
