// Determinism: the same input gives byte-identical JSON and SARIF (timestamps aside), scanned twice, with the
// inputs named in another order, with folders whose files were created in another order, with archive members
// in another order, and with the directory listing itself reversed under the loader.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs, { cpSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { fromRoot } from '../helpers/paths.js';
import { removeDir, scan, tarball, tarEntry, tempDir } from './support.js';

const test = suite('security/determinism');
let tmp = '';

test.before(() => {
  tmp = tempDir('determinism');
});
test.after(() => removeDir(tmp));

/** The only fields allowed to differ between runs: the scan time in JSON, the invocation times in SARIF. */
function stripTimes(s: string): string {
  return s
    .replace(/("startedAt": )"[^"]*"(,?)(?=\n\s*"inputs")/, '$1"T"$2')
    .replace(/"(startTimeUtc|endTimeUtc)": "[^"]*"/g, '"$1": "T"');
}

/** Scan with JSON and SARIF written through --output; returns both, timestamps blanked. */
function reports(args: string[], cwd: string, tag: string): { json: string; sarif: string } {
  const json = path.join(tmp, `${tag}.json`);
  const sarif = path.join(tmp, `${tag}.sarif`);
  const r = scan(['--fail-on', 'none', '--benchmark', 'cis-1.11', `--output=json=${json}`, `--output=sarif=${sarif}`, ...args], { cwd, timeout: 60_000 });
  assert.is(r.code, 0, r.stderr);
  return { json: stripTimes(readFileSync(json, 'utf8')), sarif: stripTimes(readFileSync(sarif, 'utf8')) };
}

const SAMPLES = ['snapshots/manifests', 'snapshots/helm/rendered.yaml', 'snapshots/cluster-dump/cluster.yaml', 'snapshots/bundles', 'test/fixtures/cli/app', 'test/fixtures/cli/list-dump.yaml'];

test('timestamps are the only difference the normalisation hides', () => {
  const a = reports(['test/fixtures/cli/app'], fromRoot(), 'probe');
  assert.match(a.json, /"startedAt": "T"/);
  assert.match(a.sarif, /"startTimeUtc": "T"/);
  assert.not.match(a.json + a.sarif, /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z/, 'no other time of this run is left in the output');
});

let first: { json: string; sarif: string } | undefined;

test('the samples and fixtures scanned twice: identical JSON and SARIF', () => {
  for (const s of SAMPLES) assert.ok(fs.existsSync(fromRoot(s)), `${s} exists`);
  const a = (first = reports(SAMPLES, fromRoot(), 'a'));
  const b = reports(SAMPLES, fromRoot(), 'b');
  assert.ok(a.json.length > 10_000 && a.sarif.length > 10_000, 'real reports');
  assert.ok(a.json === b.json, 'JSON is byte-identical');
  assert.ok(a.sarif === b.sarif, 'SARIF is byte-identical');
});

/** Copy a tree, creating the entries of every folder in the order given by `order`. */
function copyTree(src: string, dst: string, order: (names: string[]) => string[]): void {
  mkdirSync(dst, { recursive: true });
  for (const name of order(readdirSync(src))) {
    const s = path.join(src, name);
    const d = path.join(dst, name);
    if (statSync(s).isDirectory()) copyTree(s, d, order);
    else cpSync(s, d);
  }
}

test('inputs named in another order, folders created in another order elsewhere: identical JSON and SARIF', () => {
  const one = path.join(tmp, 'one');
  const two = path.join(tmp, 'two', 'nested');
  for (const [root, order] of [[one, (n: string[]) => [...n].sort()], [two, (n: string[]) => [...n].sort().reverse()]] as const) {
    for (const s of SAMPLES) {
      const src = fromRoot(s);
      if (statSync(src).isDirectory()) copyTree(src, path.join(root, s), order);
      else {
        mkdirSync(path.dirname(path.join(root, s)), { recursive: true });
        cpSync(src, path.join(root, s));
      }
    }
  }
  // Display paths are relative to the working folder, so a copy scanned from its own root reads as the original.
  const a = first ?? reports(SAMPLES, fromRoot(), 'order-a');
  const b = reports([...SAMPLES].reverse(), two, 'order-b');
  const c = reports([SAMPLES[2], SAMPLES[0], SAMPLES[5], SAMPLES[1], SAMPLES[4], SAMPLES[3]], one, 'order-c');
  assert.ok(a.json === b.json, 'JSON does not depend on argument order or creation order');
  assert.ok(a.sarif === b.sarif, 'SARIF does not depend on argument order or creation order');
  assert.ok(a.json === c.json && a.sarif === c.sarif, 'any permutation');
});

test('archive members in another order: identical JSON and SARIF', () => {
  const dir = fromRoot('snapshots', 'manifests');
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const n of readdirSync(path.join(dir, rel))) {
      const r = rel ? `${rel}/${n}` : n;
      if (statSync(path.join(dir, r)).isDirectory()) walk(r);
      else files.push(r);
    }
  };
  walk('');
  assert.ok(files.length > 5);
  const entries = files.sort().map((f) => tarEntry({ path: f }, readFileSync(path.join(dir, f))));
  for (const [sub, list] of [['x', entries], ['y', [...entries].reverse()]] as const) {
    mkdirSync(path.join(tmp, sub));
    writeFileSync(path.join(tmp, sub, 'manifests.tgz'), tarball([...list]));
  }
  const a = reports(['manifests.tgz'], path.join(tmp, 'x'), 'tar-a');
  const b = reports(['manifests.tgz'], path.join(tmp, 'y'), 'tar-b');
  assert.ok(a.json === b.json && a.sarif === b.sarif);
});

test('directory listings returned in reverse by the file system: identical loader output', async () => {
  // fast-glob reads folders through fs.readdir, captured when it is first loaded: patch it before loading the loader,
  // in a child process so this test's own modules are untouched.
  const probe = path.join(tmp, 'reverse-readdir.mjs');
  writeFileSync(probe, `import fs from 'node:fs';
const readdir = fs.readdir;
if (process.env.REVERSE === '1') fs.readdir = (p, o, cb) => typeof o === 'function' ? readdir(p, (e, l) => o(e, l && [...l].reverse())) : readdir(p, o, (e, l) => cb(e, l && [...l].reverse()));
const { loadSnapshot } = await import(${JSON.stringify(fromRoot('dist', 'lib', 'load', 'index.js'))});
const { default: fg } = await import(${JSON.stringify(fromRoot('node_modules', 'fast-glob', 'out', 'index.js'))});
const s = await loadSnapshot(process.argv.slice(2));
// The raw listing, to prove the patch took effect (the loader must not care).
process.stderr.write(JSON.stringify(await fg('**/*', { cwd: 'snapshots/manifests' })));
process.stdout.write(JSON.stringify({ resources: s.resources.map((r) => [r.file, r.kind, r.namespace, r.name, r.loc.line, r.loc.column]), errors: s.errors, nodes: s.nodes.map((n) => n.name), bundles: s.bundles }));
`);
  const { spawnSync } = await import('node:child_process');
  const run = (reverse: boolean) => {
    const r = spawnSync(process.execPath, [probe, ...SAMPLES], { cwd: fromRoot(), encoding: 'utf8', env: { ...process.env, REVERSE: reverse ? '1' : '0' }, timeout: 30_000 });
    assert.is(r.status, 0, r.stderr);
    return { out: r.stdout, listing: r.stderr };
  };
  const plain = run(false);
  const reversed = run(true);
  assert.ok(JSON.parse(plain.out).resources.length > 100);
  assert.not.equal(reversed.listing, plain.listing, 'the listing order really changed');
  assert.ok(plain.out === reversed.out, 'the snapshot did not');
});

test.run();
