// kubecis watch end to end with the real CLI process in a temp folder: bundles arriving by rename, a partial copy
// that grows, a corrupt bundle quarantined with its reason, a restart without rescans, SIGTERM.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { appendFileSync, copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { generateItems, toYaml } from '../../bench/generate.js';
import { spawnCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';
import { deployment, packManifests, tempDir } from './support.js';

const test = suite('continuous/watch');

interface Watcher {
  proc: ChildProcess;
  events: Record<string, unknown>[];
  exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();

/** Stop watchers a failed test left behind, so the test process can end. */
function cleanup(): void {
  for (const p of running) if (p.exitCode === null && p.signalCode === null) p.kill('SIGKILL');
  running.clear();
}

function start(drop: string, out: string): Watcher {
  const proc = spawnCli(['watch', drop, '--out', out, '--interval', '150ms', '--log-format', 'json', '--benchmark', 'cis-1.12']);
  const events: Record<string, unknown>[] = [];
  let buf = '';
  proc.stderr!.on('data', (c: Buffer) => {
    buf += c.toString('utf8');
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 1);
      events.push(JSON.parse(line) as Record<string, unknown>);
    }
  });
  running.add(proc);
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
  return { proc, events, exited };
}

async function until(what: string, ok: () => boolean, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const of = (w: Watcher, event: string, file?: string) => w.events.filter((e) => e.event === event && (file === undefined || e.file === file));

test('bundles by rename and by slow copy, a corrupt one, a restart, SIGTERM', async () => {
  const root = tempDir('watch');
  const drop = path.join(root, 'drop');
  const out = path.join(root, 'out');
  const staging = path.join(root, 'staging');
  mkdirSync(drop);
  mkdirSync(staging);
  try {
    // Manifests of one cluster (no cluster name: series "default"), before and after a change.
    await packManifests(path.join(staging, 'v1.tar.gz'), { 'web.yaml': deployment('web', 'shop', { privileged: false }) });
    await packManifests(path.join(staging, 'v2.tar.gz'), { 'web.yaml': deployment('web', 'shop', { privileged: true }) });

    let w = start(drop, out);
    await until('start', () => of(w, 'started').length === 1);

    // 1. Arrives by rename (written under a dot name first, which the watcher ignores).
    copyFileSync(path.join(staging, 'v1.tar.gz'), path.join(drop, '.v1.tar.gz.part'));
    renameSync(path.join(drop, '.v1.tar.gz.part'), path.join(drop, 'app-1.tar.gz'));
    await until('first scan', () => of(w, 'scanned', 'app-1.tar.gz').length === 1);
    assert.is(of(w, 'scanned', 'app-1.tar.gz')[0].newFailures, undefined, 'no previous scan, no drift');

    // 2. A copy that grows: half of the bytes, then the rest after several polls. Never scanned while partial.
    const full = readFileSync(path.join(staging, 'v2.tar.gz'));
    const half = Math.floor(full.length / 2);
    writeFileSync(path.join(drop, 'app-2.tar.gz'), full.subarray(0, half));
    await sleep(150);
    appendFileSync(path.join(drop, 'app-2.tar.gz'), full.subarray(half, half + 10));
    await until('partial copy seen', () => of(w, 'arriving', 'app-2.tar.gz').length === 1);
    await sleep(600); // several polls with the file stalled half-way: it reads as truncated and must wait
    assert.is(of(w, 'scanned', 'app-2.tar.gz').length, 0, 'a half-copied bundle is never scanned');
    assert.is(of(w, 'quarantined', 'app-2.tar.gz').length, 0);
    appendFileSync(path.join(drop, 'app-2.tar.gz'), full.subarray(half + 10));
    await until('second scan', () => of(w, 'scanned', 'app-2.tar.gz').length === 1);
    const second = of(w, 'scanned', 'app-2.tar.gz')[0];
    assert.ok((second.newFailures as number) >= 1, 'drift against the previous scan of the same cluster');

    // 3. A corrupt bundle: quarantined with its reason.
    writeFileSync(path.join(drop, 'broken.tgz'), Buffer.from('this is not a gzip file at all, just text'.repeat(20)));
    await until('quarantine', () => of(w, 'quarantined', 'broken.tgz').length === 1);
    assert.ok(existsSync(path.join(drop, 'quarantine', 'broken.tgz')));
    assert.not.ok(existsSync(path.join(drop, 'broken.tgz')));
    assert.match(readFileSync(path.join(drop, 'quarantine', 'broken.tgz.reason.txt'), 'utf8'), /reason: nothing readable in the bundle\n {2}.*broken\.tgz: archive problem/);

    // Reports: JSON, HTML, SARIF for both, drift for the second; the JSON carries baselineState.
    const files = readdirSync(path.join(out, 'default')).sort();
    assert.is(files.filter((f) => f.endsWith('.drift.json')).length, 1, `one drift file: ${files.join(', ')}; events: ${w.events.map((e) => `${e.event} ${e.file ?? ''}`).join(', ')}`);
    for (const ext of ['.json', '.html', '.sarif']) assert.is(files.filter((f) => f.endsWith(ext) && !f.endsWith('.drift.json')).length, 2, ext);
    const latest = JSON.parse(readFileSync(path.join(out, second.report as string), 'utf8'));
    const web = latest.results.find((r: { ruleId: string }) => r.ruleId === 'pod-privileged-containers');
    assert.equal([web.status, web.baselineState], ['fail', 'updated']);

    // 4. SIGTERM: clean exit 0, state written.
    w.proc.kill('SIGTERM');
    assert.is(await w.exited, 0);
    assert.ok(of(w, 'stopped').length === 1);
    const state = JSON.parse(readFileSync(path.join(out, '.kubecis-watch-state.json'), 'utf8'));
    assert.equal(Object.keys(state.handled).sort(), ['app-1.tar.gz', 'app-2.tar.gz', 'broken.tgz']);
    assert.equal(state.handled['broken.tgz'].outcome, 'quarantined');

    // 5. Restart: nothing is scanned again; a bundle dropped while it was down is picked up; the real sample bundle too.
    copyFileSync(path.join(staging, 'v1.tar.gz'), path.join(drop, 'app-3.tar.gz'));
    const sample = fromRoot('snapshots', 'bundles', 'worker-1.tar.gz');
    if (existsSync(sample)) copyFileSync(sample, path.join(drop, 'worker-1.tar.gz'));
    w = start(drop, out);
    await until('restart scans', () => of(w, 'scanned', 'app-3.tar.gz').length === 1 && (!existsSync(sample) || of(w, 'scanned', 'worker-1.tar.gz').length === 1));
    await sleep(400);
    assert.equal(of(w, 'scanning').map((e) => e.file).sort(), existsSync(sample) ? ['app-3.tar.gz', 'worker-1.tar.gz'] : ['app-3.tar.gz']);
    assert.ok((of(w, 'scanned', 'app-3.tar.gz')[0].report as string).startsWith('default/'));
    if (existsSync(sample)) assert.match(of(w, 'scanned', 'worker-1.tar.gz')[0].report as string, /^kubecis-sample\.worker-1\//);

    // A bundle replaced under the same name (new content) is scanned again.
    const before = statSync(path.join(drop, 'app-3.tar.gz'));
    copyFileSync(path.join(staging, 'v2.tar.gz'), path.join(drop, 'app-3.tar.gz.new'));
    renameSync(path.join(drop, 'app-3.tar.gz.new'), path.join(drop, 'app-3.tar.gz'));
    const after = statSync(path.join(drop, 'app-3.tar.gz'));
    assert.ok(after.size !== before.size || after.mtimeMs !== before.mtimeMs);
    await until('rescan of replaced file', () => of(w, 'scanned', 'app-3.tar.gz').length === 2);
    w.proc.kill('SIGINT');
    assert.is(await w.exited, 0);
  } finally {
    cleanup();
    rmSync(root, { recursive: true, force: true });
  }
});

test('a bundle that changes while it is read is not taken as handled: it waits for the next polls and is scanned once', async () => {
  const root = tempDir('watch-changing');
  const drop = path.join(root, 'drop');
  const out = path.join(root, 'out');
  mkdirSync(drop);
  try {
    // Large enough that reading it takes a good while (hundreds of milliseconds), so the change below lands during the read.
    const bundle = path.join(root, 'big.tar.gz');
    await packManifests(bundle, { 'dump.yaml': toYaml(generateItems({ resources: 6000, managedFields: false, seed: 5 })) });
    const w = start(drop, out);
    await until('start', () => of(w, 'started').length === 1);
    const file = path.join(drop, 'big.tar.gz');
    copyFileSync(bundle, file);
    await until('scan begins', () => of(w, 'scanning', 'big.tar.gz').length === 1);
    const later = new Date(statSync(file).mtimeMs + 60_000);
    utimesSync(file, later, later);
    await until('scanned', () => of(w, 'scanned', 'big.tar.gz').length >= 1, 30_000);
    await sleep(800); // several polls: a scan of the file again would begin now
    // Read, found changed, left for the next polls, read again and scanned; never scanned as it was before the change.
    const order = w.events.filter((e) => e.file === 'big.tar.gz').map((e) => e.event);
    assert.equal(order, ['arriving', 'scanning', 'arriving', 'scanning', 'scanned']);
    w.proc.kill('SIGTERM');
    assert.is(await w.exited, 0);
    const state = JSON.parse(readFileSync(path.join(out, '.kubecis-watch-state.json'), 'utf8'));
    assert.is(state.handled['big.tar.gz'].mtimeMs, statSync(file).mtimeMs, 'recorded as it is now, not as it was before the change');
  } finally {
    cleanup();
    rmSync(root, { recursive: true, force: true });
  }
});

test('stops cleanly in the middle of a scan: the scan finishes and its state is written', async () => {
  const root = tempDir('watch-stop');
  const drop = path.join(root, 'drop');
  const out = path.join(root, 'out');
  mkdirSync(drop);
  try {
    const w = start(drop, out);
    await until('start', () => of(w, 'started').length === 1);
    await packManifests(path.join(drop, 'a.tar.gz'), { 'web.yaml': deployment('web', 'shop', { privileged: true }) });
    await until('scan begins', () => of(w, 'scanning', 'a.tar.gz').length === 1, 15_000);
    w.proc.kill('SIGTERM');
    assert.is(await w.exited, 0);
    const state = JSON.parse(readFileSync(path.join(out, '.kubecis-watch-state.json'), 'utf8'));
    assert.is(state.handled['a.tar.gz']?.outcome, 'scanned', 'the scan under way when the signal came was finished and recorded');
    assert.ok(existsSync(path.join(out, state.handled['a.tar.gz'].report)));
  } finally {
    cleanup();
    rmSync(root, { recursive: true, force: true });
  }
});

test('usage errors: no --out, bad interval, missing folder', async () => {
  const { runCli } = await import('../helpers/cli.js');
  assert.match(runCli(['watch', '/nonexistent']).stderr, /--out DIR/);
  assert.match(runCli(['watch', '/tmp', '--out', '/tmp/x', '--interval', 'soon']).stderr, /--interval takes a duration/);
  const r = runCli(['watch', '/nonexistent-drop', '--out', path.join(tempDir('watch-usage'), 'o')]);
  assert.equal([r.code, /is not a folder/.test(r.stderr)], [2, true]);
});

test.run();
