// Drift: result identity, baseline states on crafted pairs of results, and kubecis diff categories.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { applyBaseline, diffReports, pairResults, resultIdentity } from '../../lib/engine/baseline.js';
import { R, report } from './support.js';

const test = suite('continuous/baseline');

const states = (rep: ReturnType<typeof applyBaseline>) =>
  rep.results.map((r) => [r.controlId, r.target.name, r.status, r.baselineState]);

test('identity: rule, target and field path; not line numbers, not the control id', () => {
  const a = R({ controlId: '5.2.2', status: 'fail', fieldPath: 'spec.x', location: { file: 'a.yaml', startLine: 3, startColumn: 1 } });
  const moved = { ...a, location: { file: 'a.yaml', startLine: 40, startColumn: 9 } };
  const renumbered = { ...a, controlId: '5.2.3' };
  assert.is(resultIdentity(a), resultIdentity(moved));
  assert.is(resultIdentity(a), resultIdentity(renumbered));
  assert.is.not(resultIdentity(a), resultIdentity({ ...a, fieldPath: 'spec.y' }));
  assert.is.not(resultIdentity(a), resultIdentity({ ...a, target: { ...a.target, namespace: 'other' } }));
  assert.is.not(resultIdentity(a), resultIdentity({ ...a, target: { ...a.target, cluster: 'prod' } }));
  assert.is.not(resultIdentity(a), resultIdentity({ ...a, ruleId: 'other-rule' }));
});

test('states: unchanged, updated (status changed), new, absent; absent ones are listed but not counted', () => {
  const before = report([
    R({ controlId: '1.1', name: 'same' }),
    R({ controlId: '1.2', name: 'flip' }),
    R({ controlId: '1.3', name: 'gone', status: 'fail', fieldPath: 'spec.hostPID' }),
  ]);
  const after = report([
    R({ controlId: '1.1', name: 'same' }),
    // pass -> fail on the same target: the fail points at a field the pass did not; still the same result.
    R({ controlId: '1.2', name: 'flip', status: 'fail', fieldPath: 'spec.template.spec.hostNetwork' }),
    R({ controlId: '1.4', name: 'fresh', status: 'fail' }),
  ]);
  const marked = applyBaseline(after, before);
  assert.equal(states(marked), [
    ['1.1', 'same', 'pass', 'unchanged'],
    ['1.2', 'flip', 'fail', 'updated'],
    ['1.3', 'gone', 'fail', 'absent'],
    ['1.4', 'fresh', 'fail', 'new'],
  ]);
  assert.equal(marked.summary, { pass: 1, fail: 2, manual: 0, notApplicable: 0, error: 0, waived: 0 });
  assert.equal(marked.baseline?.counts, { new: 1, unchanged: 1, updated: 1, absent: 1 });
  assert.is(marked.baseline?.startedAt, before.scan.startedAt);
});

test('a baseline that was itself compared: its absent results are not part of it', () => {
  const first = applyBaseline(report([R({ controlId: '1.1', name: 'now' })]), report([R({ controlId: '1.1', name: 'old' })]));
  assert.equal(states(first).map((s) => s[3]), ['new', 'absent']);
  const second = applyBaseline(report([R({ controlId: '1.1', name: 'now' })]), first);
  assert.equal(states(second), [['1.1', 'now', 'pass', 'unchanged']]);
});

test('moved lines and a new benchmark version (renumbered control) stay unchanged', () => {
  const before = report([R({ controlId: '5.2.2', status: 'fail', fieldPath: 'f', location: { file: 'a.yaml', startLine: 10, startColumn: 3 } })], { benchmark: 'cis-1.10' });
  const after = report([R({ controlId: '5.2.3', ruleId: 'rule-5-2-2', status: 'fail', fieldPath: 'f', location: { file: 'a.yaml', startLine: 99, startColumn: 3 } })]);
  assert.equal(states(applyBaseline(after, before)), [['5.2.3', 'web', 'fail', 'unchanged']]);
});

test('duplicates pair one to one, preferring the same control id', () => {
  const twice = (c: string) => R({ controlId: c, ruleId: 'shared-rule', status: 'fail' });
  const p = pairResults([twice('1.1'), twice('2.1')], [twice('2.1'), twice('1.1'), twice('3.1')]);
  assert.equal(p.pairs.map(([b, a]) => [b.controlId, a.controlId]), [['2.1', '2.1'], ['1.1', '1.1']]);
  assert.equal(p.onlyNew.map((r) => r.controlId), ['3.1']);
  assert.equal(p.onlyOld.length, 0);
});

test('diff: degraded, improved, changed, appeared, vanished, new failures, both timestamps', () => {
  const before = report([
    R({ controlId: '1.1', name: 'worse' }),
    R({ controlId: '1.2', name: 'better', status: 'fail' }),
    R({ controlId: '1.3', name: 'manual', status: 'manual' }),
    R({ controlId: '1.4', name: 'same', status: 'fail' }),
    R({ controlId: '1.5', name: 'gone', status: 'fail' }),
    R({ controlId: '1.6', name: 'accepted', status: 'fail' }),
  ], { cluster: 'prod', startedAt: '2026-01-01T00:00:00.000Z', collectedAt: '2025-12-31T23:00:00Z' });
  const after = report([
    R({ controlId: '1.1', name: 'worse', status: 'fail' }),
    R({ controlId: '1.2', name: 'better' }),
    R({ controlId: '1.3', name: 'manual', status: 'waived', waiver: { reason: 'r', source: 'w.yaml:2', status: 'manual' } }),
    R({ controlId: '1.4', name: 'same', status: 'fail' }),
    R({ controlId: '1.6', name: 'accepted', status: 'waived', waiver: { reason: 'r', source: 'w.yaml:5', status: 'fail' } }),
    R({ controlId: '1.7', name: 'fresh', status: 'fail' }),
    R({ controlId: '1.8', name: 'fresh-pass' }),
  ], { cluster: 'prod', startedAt: '2026-01-08T00:00:00.000Z', collectedAt: '2026-01-07T23:00:00Z' });
  const d = diffReports(before, after);
  assert.equal(d.degraded.map((c) => [c.target.name, c.before.status, c.after.status]), [['worse', 'pass', 'fail']]);
  assert.equal(d.improved.map((c) => [c.target.name, c.before.status, c.after.status]), [['better', 'fail', 'pass'], ['accepted', 'fail', 'waived']]);
  assert.equal(d.changed.map((c) => [c.target.name, c.before.status, c.after.status]), [['manual', 'manual', 'waived']]);
  assert.equal(d.appeared.map((r) => r.target.name), ['fresh', 'fresh-pass']);
  assert.equal(d.vanished.map((r) => r.target.name), ['gone']);
  assert.equal(d.counts, { degraded: 1, improved: 2, changed: 1, appeared: 2, vanished: 1, unchanged: 1, newFailures: 2 });
  assert.equal([d.old.startedAt, d.old.collectedAt, d.new.startedAt, d.new.collectedAt], ['2026-01-01T00:00:00.000Z', '2025-12-31T23:00:00Z', '2026-01-08T00:00:00.000Z', '2026-01-07T23:00:00Z']);
  assert.equal([d.old.score, d.new.score], [20, 40]);
  assert.is(diffReports(after, after).counts.newFailures, 0);
});

test.run();
