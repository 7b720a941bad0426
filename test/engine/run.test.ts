// Engine: targets per scope, guarded evaluation, not-applicable when nothing is in scope, one sort order.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runScan, compareResults } from '../../lib/engine/run.js';
import { compareControlIds } from '../../lib/engine/control-id.js';
import { parseText } from '../../lib/model/parse.js';
import { defineRule, fail, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import type { Snapshot } from '../../lib/model/types.js';
import type { Benchmark } from '../../lib/engine/benchmark.js';
import type { Resource } from '../../lib/model/types.js';

const test = suite('engine/run');

const text = [
  'apiVersion: v1', 'kind: Pod', 'metadata: {name: b, namespace: two}', 'spec: {hostPID: true}',
  '---', 'apiVersion: v1', 'kind: Pod', 'metadata: {name: a, namespace: one}', 'spec: {}',
  '---', 'apiVersion: v1', 'kind: Namespace', 'metadata: {name: three}', '',
].join('\n');

function snapshot(src = text): Snapshot {
  const { resources, errors } = parseText(src, 'in.yaml');
  return { resources, nodes: [], bundles: [], errors };
}

const hostPid = defineRule<Resource>({
  id: 'test-host-pid', title: 'No host PID', assessment: 'automated', severity: 'high',
  scope: { resource: ['Pod'] }, rationale: 'r', remediation: 'm',
  evaluate: (r) => {
    const f = Field.of(r, 'spec', 'hostPID');
    return f.value === true ? fail(f, 'pod shares the host PID namespace') : pass(r.loc);
  },
});
const throws = defineRule<Resource>({
  id: 'test-throws', title: 'Throws', assessment: 'automated', severity: 'low',
  scope: { namespace: true }, rationale: 'r', remediation: 'm',
  evaluate: () => { throw new Error('boom'); },
});
const nodeRule = defineRule({
  id: 'test-node', title: 'Node', assessment: 'automated', severity: 'low',
  scope: { node: ['worker'] }, rationale: 'r', remediation: 'm', evaluate: () => pass(),
});

const bench: Benchmark = {
  id: 'test-1', title: 'Test', version: '1', provider: 'generic',
  sections: [{ id: '1', title: 'One' }, { id: '10', title: 'Ten' }],
  recommendations: [
    { id: '10.1', section: '10', assessment: 'automated', rules: ['test-throws'] },
    { id: '1.2', section: '1', assessment: 'automated', rules: ['test-host-pid'] },
    { id: '1.10', section: '1', assessment: 'automated', rules: ['test-node', 'test-missing'] },
  ],
};

test('control ids compare by numeric segments', () => {
  assert.equal(['1.10', '1.2', '10.1', '1.2.3', '2'].sort(compareControlIds), ['1.2', '1.2.3', '1.10', '2', '10.1']);
});

test('one result per target, sorted once; throws and missing rules become errors; empty scopes not-applicable', () => {
  const report = runScan({ snapshot: snapshot(), benchmark: bench, rules: { 'test-host-pid': hostPid, 'test-throws': throws, 'test-node': nodeRule }, toolVersion: '0.0.0', inputs: ['in.yaml'] });
  assert.equal(report.results.map((r) => [r.controlId, r.status, r.target.kind, r.target.namespace ?? '', r.target.name]), [
    ['1.2', 'pass', 'Pod', 'one', 'a'],
    ['1.2', 'fail', 'Pod', 'two', 'b'],
    ['1.10', 'error', 'Cluster', '', 'cluster'],
    ['1.10', 'not-applicable', 'Cluster', '', 'cluster'],
    ['10.1', 'error', 'Namespace', '', 'one'],
    ['10.1', 'error', 'Namespace', '', 'three'],
    ['10.1', 'error', 'Namespace', '', 'two'],
  ]);
  const failed = report.results[1];
  assert.equal(failed.location, { file: 'in.yaml', startLine: 4, startColumn: 17, endLine: 4, endColumn: 21 });
  assert.is(failed.fieldPath, 'spec.hostPID');
  assert.match(report.results[4].message, /rule "test-throws" failed: boom/);
  assert.match(report.results[2].message, /"test-missing" is not part of this build/);
  assert.equal(report.summary, { pass: 1, fail: 1, manual: 0, notApplicable: 1, error: 4, waived: 0 });
  assert.equal([...report.results].sort(compareResults), report.results);
});

test('the same input gives the same report', () => {
  const r = (s: Snapshot) => JSON.stringify(runScan({ snapshot: s, benchmark: bench, rules: { 'test-host-pid': hostPid, 'test-throws': throws, 'test-node': nodeRule }, toolVersion: '0', inputs: [] }));
  assert.is(r(snapshot()), r(snapshot()));
});

test('defineRule refuses broken metadata', () => {
  assert.throws(() => defineRule({ ...hostPid, id: 'Bad_Id' }), /kebab-case/);
  assert.throws(() => defineRule({ ...hostPid, title: 'Ends with a period.' }), /trailing period/);
  assert.throws(() => defineRule({ ...hostPid, scope: {} as never }), /scope/);
});

test.run();
