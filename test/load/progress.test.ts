// Progress while inputs are read: reported inside a large file too, on one thread and with a worker, always rising.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateItems, toYaml } from '../../bench/generate.js';
import { loadSnapshot } from '../../lib/load/index.js';

const test = suite('load/progress');
const dir = mkdtempSync(path.join(tmpdir(), 'kubecis-progress-'));
const file = path.join(dir, 'dump.yaml');
const text = toYaml(generateItems({ resources: 5000, managedFields: false, seed: 5 }));
writeFileSync(file, text);
const total = Buffer.byteLength(text);

for (const threads of [1, 2]) {
  test(`a 5,000-item List reports progress inside the file (threads ${threads})`, async () => {
    const seen: { bytes: number; totalBytes: number; sources: number }[] = [];
    const snap = await loadSnapshot([file], { threads, parallelMinBytes: 0, onProgress: (p) => seen.push(p) });
    assert.is(snap.resources.length, 5000);
    assert.ok(seen.length >= 3, `${seen.length} reports`);
    assert.ok(seen.every((p) => p.totalBytes === total));
    const inside = seen.filter((p) => p.bytes > 0 && p.bytes < total && p.sources === 0);
    assert.ok(inside.length >= 2, `reports inside the file: ${JSON.stringify(seen.map((p) => p.bytes))}`);
    assert.ok(seen.every((p, i) => i === 0 || p.bytes >= seen[i - 1].bytes), 'never goes back');
    assert.equal(seen.at(-1), { sources: 1, totalSources: 1, bytes: total, totalBytes: total, resources: 5000 });
  });
}

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
