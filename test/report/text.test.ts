// Text reporter: grouping, colour only when asked, terminal-safe output, summary and score.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { renderText, score } from '../../lib/report/text.js';
import { renderJson } from '../../lib/report/json.js';
import { sampleReport } from '../helpers/sample-report.js';

const test = suite('report/text');

test('no ANSI escapes without colour; escapes with colour', () => {
  const report = sampleReport();
  assert.not.match(renderText(report), /\x1b\[/);
  assert.match(renderText(report, { color: true }), /\x1b\[31m/);
});

test('failures show target and file:line:column; summary line with score', () => {
  const out = renderText(sampleReport());
  assert.match(out, /\[FAIL\]\s+\d/);
  assert.match(out, /:\d+:\d+/);
  assert.match(out, /Summary: \d+ pass, \d+ fail, \d+ manual, \d+ not applicable, \d+ error/);
});

test('control characters from the input cannot drive the terminal', () => {
  const report = sampleReport();
  const evil = { ...report, results: report.results.map((r, i) => (i === 0 ? { ...r, status: 'fail' as const, message: 'bad \x1b]0;pwned\x07 name' } : r)) };
  const out = renderText(evil);
  assert.not.match(out, /\x1b\]0;pwned/);
  assert.match(out, /bad \?\]0;pwned\? name/);
});

test('score is the share of decided controls that pass; a control takes its worst result', () => {
  const r = sampleReport();
  const worst = new Map<string, string>();
  const order = ['fail', 'error', 'manual', 'waived', 'pass', 'not-applicable'];
  for (const x of r.results) {
    const prev = worst.get(x.controlId);
    if (prev === undefined || order.indexOf(x.status) < order.indexOf(prev)) worst.set(x.controlId, x.status);
  }
  const pass = [...worst.values()].filter((s) => s === 'pass').length;
  const fail = [...worst.values()].filter((s) => s === 'fail').length;
  assert.ok(pass > 0 && fail > 0, 'the sample has passing and failing controls');
  assert.is(score(r), Math.floor((pass / (pass + fail)) * 1000) / 10);
  assert.match(renderText(r), new RegExp(`score [\\d.]+% \\(${pass} of ${pass + fail} decided controls pass\\)`));
});

test('JSON is two-space indented with a trailing newline and stable', () => {
  const r = sampleReport();
  const a = renderJson(r);
  assert.ok(a.endsWith('}\n'));
  assert.match(a, /^\{\n  "schemaVersion": 1,/);
  assert.is(a, renderJson(sampleReport()));
});

test.run();
