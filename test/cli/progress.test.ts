// The progress line: silent off a terminal and for short scans, throttled, one estimate per phase, cleared at the end.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { progressLine } from '../../bin/progress.js';

const test = suite('cli/progress');

function terminal(isTTY = true) {
  const written: string[] = [];
  let t = 0;
  const clock = { set: (ms: number) => (t = ms) };
  return { out: { isTTY, write: (s: string) => written.push(s) }, now: () => t, written, clock };
}

const read = (bytes: number, totalBytes = 100e6) => ({ sources: 0, totalSources: 1, bytes, totalBytes, resources: 0 });

/** Silent cases: where the line goes, at which times (ms) reading progress arrives. */
const SILENT: [string, boolean, number[]][] = [
  ['nothing off a terminal, however long the scan', false, Array.from({ length: 101 }, (_, i) => i * 100)],
  ['nothing in the first second, and nothing to clear after a short scan', true, [100, 500, 999]],
];

for (const [name, isTTY, times] of SILENT) {
  test(name, () => {
    const term = terminal(isTTY);
    const p = progressLine(term.out, term.now);
    for (const ms of times) {
      term.clock.set(ms);
      p.update(read(ms * 1e4));
    }
    p.done();
    assert.equal(term.written, []);
  });
}

test('reading: throttled to four lines a second, with the share read and an estimate from the pace so far', () => {
  const term = terminal();
  const p = progressLine(term.out, term.now);
  // 10 MB a second, starting at 0.2 s; 100 MB in all.
  for (let ms = 200; ms <= 2000; ms += 50) {
    term.clock.set(ms);
    p.update(read((ms - 200) * 1e4));
  }
  const lines = term.written;
  assert.equal(lines.length, 5, lines.join('|')); // at 1.0, 1.25, 1.5, 1.75 and 2.0 s
  assert.is(lines[0], '\r\x1b[Kkubecis: reading 8.0 of 100.0 MB, about 10s left');
  assert.is(lines[4], '\r\x1b[Kkubecis: reading 18.0 of 100.0 MB, about 9s left');
  p.done();
  assert.is(term.written.at(-1), '\r\x1b[K');
});

test('several files: how many are done; rules: controls done, resources, and an estimate of their own', () => {
  const term = terminal();
  const p = progressLine(term.out, term.now);
  term.clock.set(1500);
  p.update({ sources: 2, totalSources: 5, bytes: 40e6, totalBytes: 100e6, resources: 1000 });
  assert.is(term.written.at(-1), '\r\x1b[Kkubecis: reading 40.0 of 100.0 MB, 2 of 5 files done');
  // Rules start at 3 s; the first 100 of 200 controls were instant, the next 50 took a second.
  term.clock.set(3000);
  p.rules({ controls: 100, totalControls: 200, resources: 50000 });
  term.clock.set(4000);
  p.rules({ controls: 150, totalControls: 200, resources: 50000 });
  assert.is(term.written.at(-1), '\r\x1b[Kkubecis: evaluating 150 of 200 controls on 50000 resources, about 1s left');
  p.done();
  assert.is(term.written.at(-1), '\r\x1b[K');
});

test.run();
