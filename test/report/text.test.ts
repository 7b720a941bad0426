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

test('score is the share of decided results that pass', () => {
  const r = sampleReport();
  const s = r.summary;
  const expected = s.pass + s.fail === 0 ? undefined : Math.floor((s.pass / (s.pass + s.fail)) * 1000) / 10;
  assert.is(score(r), expected);
});

test('JSON is two-space indented with a trailing newline and stable', () => {
  const r = sampleReport();
  const a = renderJson(r);
  assert.ok(a.endsWith('}\n'));
  assert.match(a, /^\{\n  "schemaVersion": 1,/);
  assert.is(a, renderJson(sampleReport()));
});

test.run();
