// Documents embedded in ConfigMaps: parsing, positions inside the embedded text (one-line, JSON and kubectl-folded
// scalars), fallbacks to the data key, problems, and reading arguments and pod flags.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import type { Resource, Snapshot } from '../../lib/model/types.js';
import { makeContext } from '../../lib/engine/run.js';
import { Field } from '../../lib/rule/field.js';
import {
  argItems, argValue, configArg, embedded, KUBE_APISERVER_CONFIG, operatorConfig, podFlags, scalarMapper,
} from '../../lib/rule/openshift-config.js';

function cm(text: string, file = 'cm.yaml'): Resource {
  const { resources, errors } = parseText(text, file);
  assert.equal(errors, []);
  return resources[0];
}

/** The text at a position of a source, for readable assertions. */
function at(text: string, line: number, column: number, length: number): string {
  return text.split('\n')[line - 1].slice(column - 1, column - 1 + length);
}

const test = suite('openshift-config');

const SINGLE = `apiVersion: v1
data:
  config.yaml: '{"apiServerArguments":{"authorization-mode":["RBAC","AlwaysAllow"]},"note":"it''s"}'
kind: ConfigMap
metadata:
  name: config
  namespace: openshift-kube-apiserver
`;

test('single-quoted one-line JSON: fields map to their columns, doubled quotes included', () => {
  const e = embedded(cm(SINGLE), 'config.yaml');
  assert.ok(e.doc, JSON.stringify(e.problem));
  const mode = Field.of(e.doc, 'apiServerArguments', 'authorization-mode', 1).loc;
  assert.equal([mode.line, mode.column, mode.exact], [3, 69, true]);
  assert.is(at(SINGLE, mode.line, mode.column, 13), '"AlwaysAllow"');
  const note = Field.of(e.doc, 'note').loc;
  assert.is(at(SINGLE, note.line, note.column, 7), `"it''s"`);
  const section = Field.of(e.doc, 'apiServerArguments').loc;
  assert.is(at(SINGLE, section.line, section.column, 20), '"apiServerArguments"');
});

test('an absent field points at its nearest ancestor, marked inexact', () => {
  const e = embedded(cm(SINGLE), 'config.yaml');
  const l = Field.of(e.doc!, 'apiServerArguments', 'audit-log-path').loc;
  assert.is(l.exact, false);
  assert.is(at(SINGLE, l.line, l.column, 20), '"apiServerArguments"');
});

test('JSON input: the escaped string maps through its escapes', () => {
  const text = '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"config","namespace":"openshift-kube-apiserver"},\n' +
    '"data":{"config.yaml":"{\\"apiServerArguments\\":{\\"etcd-cafile\\":[\\"/etc/ca.crt\\"]}}"}}\n';
  const e = embedded(cm(text, 'cm.json'), 'config.yaml');
  const l = Field.of(e.doc!, 'apiServerArguments', 'etcd-cafile', 0).loc;
  assert.equal([l.line, l.exact], [2, true]);
  assert.is(at(text, l.line, l.column, 15), '\\"/etc/ca.crt\\"');
});

test('a scalar kubectl folded over lines: positions follow the replayed folding', () => {
  // go-yaml breaks a long quoted scalar at a space once the line is past column 80.
  const value = `{"args":["--config=/etc/kubernetes/static-pod-resources/configmaps/config/config.yaml","-v=2"],"script":"exec hyperkube kube-scheduler --authorization-kubeconfig=/etc/kubernetes/kubeconfig --port=0","name":"kube-scheduler"}`;
  const folded =
    `  pod.yaml: '{"args":["--config=/etc/kubernetes/static-pod-resources/configmaps/config/config.yaml","-v=2"],"script":"exec\n` +
    '    hyperkube kube-scheduler --authorization-kubeconfig=/etc/kubernetes/kubeconfig\n' +
    `    --port=0","name":"kube-scheduler"}'\n`;
  const text = `apiVersion: v1\ndata:\n${folded}kind: ConfigMap\nmetadata:\n  name: kube-scheduler-pod\n  namespace: openshift-kube-scheduler\n`;
  const holder = cm(text);
  assert.is(Field.of(holder, 'data', 'pod.yaml').value, value);
  const e = embedded(holder, 'pod.yaml');
  const name = Field.of(e.doc!, 'name').loc;
  assert.equal([name.line, name.exact], [5, true]);
  assert.is(at(text, name.line, name.column, 16), '"kube-scheduler"');
  const script = Field.of(e.doc!, 'script').loc;
  assert.equal([script.line, at(text, script.line, script.column, 6)], [3, '"exec']);
});

test('a folding go-yaml would not produce is not guessed: positions fall back to the data key', () => {
  const text = `apiVersion: v1\ndata:\n  pod.yaml: '{"name":"kube-scheduler","script":"exec hyperkube\n    kube-scheduler"}'\nkind: ConfigMap\nmetadata:\n  name: kube-scheduler-pod\n`;
  const e = embedded(cm(text), 'pod.yaml');
  const l = Field.of(e.doc!, 'name').loc;
  assert.equal([l.line, l.column, l.exact], [3, 13, false]);
});

test('a block scalar keeps no indentation in the snapshot: positions fall back to the data key', () => {
  const text = 'apiVersion: v1\ndata:\n  config.yaml: |\n    apiServerArguments:\n      etcd-cafile:\n      - /etc/ca.crt\nkind: ConfigMap\nmetadata:\n  name: config\n';
  const e = embedded(cm(text), 'config.yaml');
  assert.equal(argValue(configArg(e.doc!, 'apiServerArguments', 'etcd-cafile')!).value, '/etc/ca.crt');
  const l = Field.of(e.doc!, 'apiServerArguments', 'etcd-cafile', 0).loc;
  assert.equal([l.line, l.column, l.exact], [3, 16, false]);
});

test('problems: unparseable text is located, a missing key and a non-object are named', () => {
  const bad = "apiVersion: v1\ndata:\n  config.yaml: '{\"a\": [1, 2}'\nkind: ConfigMap\nmetadata:\n  name: config\n";
  const p = embedded(cm(bad), 'config.yaml').problem!;
  assert.match(p.message, /^ConfigMap "config" key "config.yaml" is not valid YAML or JSON: /);
  assert.is(p.loc.line, 3);
  assert.ok(p.loc.column > 16, `column ${p.loc.column} is inside the embedded text`);
  assert.is(embedded(cm(bad), 'missing.yaml').problem!.message, 'ConfigMap "config" key "missing.yaml" is missing');
  const list = "apiVersion: v1\ndata:\n  config.yaml: '[1, 2]'\nkind: ConfigMap\nmetadata:\n  name: config\n";
  assert.is(embedded(cm(list), 'config.yaml').problem!.message, 'ConfigMap "config" key "config.yaml" does not hold a configuration object');
});

test('the parsed document is frozen and cached per ConfigMap', () => {
  const holder = cm(SINGLE);
  const a = embedded(holder, 'config.yaml');
  assert.is(embedded(holder, 'config.yaml'), a);
  assert.ok(Object.isFrozen(a.doc!.obj));
  assert.throws(() => {
    (a.doc!.obj as Record<string, unknown>).x = 1;
  });
});

test('scalarMapper refuses a width that fits no encoding', () => {
  assert.is(scalarMapper('abc', { file: 'f', line: 1, column: 5, endLine: 1, endColumn: 20 }), undefined);
  assert.is(scalarMapper('abc', { file: 'f', line: 1, column: 5 }), undefined);
});

test('operatorConfig: manual when the ConfigMap is absent, error when it does not parse', () => {
  const snap = (text: string): Snapshot => ({ resources: parseText(text, 'x.yaml').resources, nodes: [], bundles: [], errors: [] });
  const missing = operatorConfig(makeContext(snap('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: a\n'), 'rh-1.8'), KUBE_APISERVER_CONFIG);
  assert.ok('verdict' in missing && missing.verdict.status === 'manual');
  const broken = SINGLE.replace(`"it''s"}'`, `"it''s"'`);
  const bad = operatorConfig(makeContext(snap(broken), 'rh-1.8'), KUBE_APISERVER_CONFIG);
  assert.ok('verdict' in bad && bad.verdict.status === 'error' && bad.verdict.loc?.line === 3);
});

test('configArg reads lists and plain strings; argItems splits comma lists', () => {
  const text = "apiVersion: v1\ndata:\n  config.yaml: '{\"apiServerArguments\":{\"a\":[\"x,y\",\"z\"],\"b\":\"one\",\"c\":[],\"d\":null}}'\nkind: ConfigMap\nmetadata:\n  name: config\n";
  const doc = embedded(cm(text), 'config.yaml').doc!;
  assert.equal(argItems(configArg(doc, 'apiServerArguments', 'a')!).map((i) => i.item), ['x', 'y', 'z']);
  assert.is(argValue(configArg(doc, 'apiServerArguments', 'a')!).value, 'z');
  assert.is(argValue(configArg(doc, 'apiServerArguments', 'b')!).value, 'one');
  assert.is(configArg(doc, 'apiServerArguments', 'c'), undefined);
  assert.is(configArg(doc, 'apiServerArguments', 'd'), undefined);
});

test('podFlags finds flags in args and inside a shell script, the last one winning', () => {
  const pod = {
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kcm' },
    spec: { containers: [{ name: 'kube-controller-manager', command: ['/bin/bash', '-c'], args: ['exec hyperkube kube-controller-manager --authorization-kubeconfig=/k \\\n  --port=0 -v=2 --secure-port="10257"'] }, { name: 'other', args: ['--port=1'] }] },
  };
  const text = `apiVersion: v1\ndata:\n  pod.yaml: '${JSON.stringify(pod)}'\nkind: ConfigMap\nmetadata:\n  name: kube-controller-manager-pod\n`;
  const doc = embedded(cm(text), 'pod.yaml').doc!;
  const flags = podFlags(doc, 'kube-controller-manager')!;
  assert.equal([...flags.keys()].sort(), ['authorization-kubeconfig', 'c', 'port', 'secure-port', 'v']);
  assert.is(flags.get('secure-port')!.value, '10257');
  assert.is(flags.get('port')!.value, '0');
  assert.is(podFlags(doc, 'missing'), undefined);
});

test.run();
