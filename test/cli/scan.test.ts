// End-to-end: the built CLI on folders, files, stdin, archives, List dumps and Helm output; exit codes; JSON schema.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { create as tarCreate } from 'tar';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';

const test = suite('cli/scan');
const fx = (...p: string[]) => path.join('test', 'fixtures', 'cli', ...p);
const ajv = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('lib', 'data', 'schemas', 'report.schema.json'), 'utf8')));
let tmp = '';

test.before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kubecis-cli-'));
});
test.after(() => rmSync(tmp, { recursive: true, force: true }));

// eslint-disable-next-line @typescript-eslint/no-explicit-any
function json(stdout: string): any {
  const report = JSON.parse(stdout);
  assert.ok(validate(report), `report must match the JSON schema: ${ajv.errorsText(validate.errors)}`);
  return report;
}

type R = { controlId: string; status: string; target: { kind: string; namespace?: string; name: string }; location?: { file: string; startLine: number; startColumn: number; helmSource?: string } };
const find = (report: { results: R[] }, controlId: string, name: string) => report.results.filter((r) => r.controlId === controlId && r.target.name === name);

test('folder: findings with file, line and column; a broken file is an error and the rest is scanned; exit 1', () => {
  const r = runCli(['scan', '--format', 'json', '--benchmark', 'cis-1.12', fx('app')]);
  assert.is(r.code, 1, r.stderr);
  const report = json(r.stdout);
  const priv = find(report, '5.2.2', 'web');
  assert.equal(priv.map((x) => [x.status, x.location?.file, x.location?.startLine, x.location?.startColumn]), [['fail', 'deploy.yaml', 19, 25]]);
  assert.equal(find(report, '5.2.2', 'api').map((x) => x.status), ['pass']);
  assert.equal(report.errors.map((e: { file: string }) => e.file), ['broken.yaml']);
  assert.ok(report.errors[0].line >= 5);
  assert.is(report.benchmark.id, 'cis-1.12');
  assert.is(report.scan.resources, 3);
});

test('every control of the benchmark appears with a status', () => {
  const r = runCli(['scan', '--format', 'json', '--benchmark', 'cis-1.12', fx('app')]);
  const report = json(r.stdout);
  const bench = JSON.parse(readFileSync(fromRoot('lib', 'data', 'benchmarks', 'cis-1.12.json'), 'utf8'));
  const seen = new Set(report.results.map((x: R) => x.controlId));
  for (const rec of bench.recommendations) assert.ok(seen.has(rec.id), `control ${rec.id} has no result`);
});

test('stdin with Helm output: findings name the chart template', () => {
  const r = runCli(['scan', '--format', 'json', '-'], { input: readFileSync(fromRoot(fx('helm', 'rendered.yaml'))) });
  assert.is(r.code, 1, r.stderr);
  const report = json(r.stdout);
  const priv = find(report, '5.2.2', 'shop');
  assert.equal(priv.map((x) => [x.status, x.location?.file, x.location?.startLine, x.location?.helmSource]), [['fail', '-', 23, 'shop/templates/deployment.yaml']]);
  const text = runCli(['scan', '--no-color', '-'], { input: readFileSync(fromRoot(fx('helm', 'rendered.yaml'))) });
  assert.match(text.stdout, /-:23:25 \(from shop\/templates\/deployment\.yaml\)/);
});

test('kind: List dump: owned pods are judged once, on their controller', () => {
  const r = runCli(['scan', '--format', 'json', fx('list-dump.yaml')]);
  const report = json(r.stdout);
  const priv = report.results.filter((x: R) => x.controlId === '5.2.2');
  assert.equal(priv.map((x: R) => [x.status, x.target.kind, x.target.name, x.location?.startLine]), [['fail', 'ReplicaSet', 'web-5d4f', 16]]);
});

test('tar.gz archive: read in memory, member paths in locations', async () => {
  const tgz = path.join(tmp, 'manifests.tgz');
  await tarCreate({ gzip: true, file: tgz, cwd: fromRoot(fx('app')) }, ['deploy.yaml', 'namespace.json']);
  const before = readdirSync(tmp).sort();
  const r = runCli(['scan', '--format', 'json', tgz]);
  assert.equal(readdirSync(tmp).sort(), before);
  const report = json(r.stdout);
  const priv = find(report, '5.2.2', 'web');
  assert.equal(priv.map((x) => x.location?.file), [`${tgz}!deploy.yaml`]);
});

test('exit codes: --fail-on threshold, nothing readable is 2, usage errors are 2', () => {
  assert.is(runCli(['scan', '--fail-on', 'none', fx('app')]).code, 0);
  assert.is(runCli(['scan', '--fail-on', 'critical', '--benchmark', 'cis-1.12', fx('app', 'namespace.json')]).code, 0);
  const none = runCli(['scan', fx('app', 'broken.yaml')]);
  assert.is(none.code, 2);
  assert.match(none.stderr, /broken\.yaml/);
  assert.is(runCli(['scan', path.join(tmp, 'does-not-exist')]).code, 2);
  const bad = runCli(['scan', '--format', 'pdf', fx('app')]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /unknown format "pdf"/);
  assert.not.match(bad.stderr, /at .*\.[jt]s:\d+/, 'no stack trace for user errors');
  assert.is(runCli(['scan', '--bogus', fx('app')]).code, 2);
  assert.is(runCli(['scan']).code, 2);
  assert.is(runCli(['--help']).code, 0);
});

test('-o and repeatable --output write files atomically; the same input gives identical JSON', () => {
  const a = path.join(tmp, 'a.json');
  const b = path.join(tmp, 'b.json');
  const r1 = runCli(['scan', '--format', 'json', '-o', a, fx('app')]);
  assert.is(r1.stdout, '');
  runCli(['scan', '--output', `json=${b}`, '--format', 'text', fx('app')]);
  const strip = (s: string) => s.replace(/"startedAt": "[^"]+"/, '"startedAt": "X"');
  assert.is(strip(readFileSync(a, 'utf8')), strip(readFileSync(b, 'utf8')));
  assert.ok(!readdirSync(tmp).some((f) => f.endsWith('.tmp')), 'no temporary files are left behind');
});

test('text output: grouped by control, no colour when not a terminal, summary and score', () => {
  const r = runCli(['scan', '--benchmark', 'cis-1.12', fx('app')]);
  assert.not.match(r.stdout, /\x1b\[/);
  assert.match(r.stdout, /\[FAIL\]\s+5\.2\.2 /);
  assert.match(r.stdout, /Deployment shop\/web  deploy\.yaml:19:25/);
  assert.match(r.stdout, /Summary: \d+ pass, \d+ fail, \d+ manual, \d+ not applicable, \d+ error · score [\d.]+%/);
});

test('--framework adds a framework view; results carry their framework ids', () => {
  const r = runCli(['scan', '--format', 'json', '--benchmark', 'cis-1.12', '--framework', 'nist-800-53', '--framework', 'fedramp-high', fx('app')]);
  const report = json(r.stdout);
  assert.equal(report.frameworkViews.map((v: { framework: { id: string } }) => v.framework.id), ['nist-800-53', 'fedramp-high']);
  const priv = find(report, '5.2.2', 'web')[0] as R & { frameworks: Record<string, string[]> };
  assert.ok(priv.frameworks['nist-800-53'].length > 0, 'a privileged-container finding maps to NIST controls');
  const sc39 = report.frameworkViews[0].controls.find((c: { id: string }) => c.id === 'SC-39');
  assert.is(sc39.status, 'fail');
  assert.ok(sc39.cisControls.includes('5.2.2'));
  const text = runCli(['scan', '--no-color', '--framework', 'nist-800-53', fx('app')]);
  assert.match(text.stdout, /NIST SP 800-53.*mapped controls have an automated check/);
  const bad = runCli(['scan', '--framework', 'nist-9000', fx('app')]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /unknown framework "nist-9000"/);
});

test('writes nothing but the outputs asked for', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'kubecis-cwd-'));
  writeFileSync(path.join(work, 'p.yaml'), readFileSync(fromRoot(fx('app', 'deploy.yaml'))));
  runCli(['scan', 'p.yaml'], { cwd: work });
  assert.equal(readdirSync(work), ['p.yaml']);
  assert.ok(existsSync(path.join(work, 'p.yaml')));
  rmSync(work, { recursive: true, force: true });
});

test.run();
