// End-to-end with the built CLI: scan --baseline / --waivers / .kubecis.yaml / --history, diff, trend and rollup.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';
import { buildRollup } from '../../lib/engine/rollup.js';
import { buildTrend, historyLocation } from '../../lib/engine/trend.js';
import type { Report } from '../../lib/report/types.js';
import { deployment, R, report, tempDir } from './support.js';

const test = suite('continuous/cli');
const ajv = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('lib', 'data', 'schemas', 'report.schema.json'), 'utf8')));
let tmp = '';

function json(stdout: string): Report {
  const r = JSON.parse(stdout);
  assert.ok(validate(r), `report must match the JSON schema: ${ajv.errorsText(validate.errors)}`);
  return r as Report;
}

/** A folder of manifests: web and db Deployments, privileged as asked. */
function app(dir: string, privileged: Record<string, boolean>, extra: Record<string, string> = {}): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, p] of Object.entries(privileged)) writeFileSync(path.join(dir, `${name}.yaml`), deployment(name, 'shop', { privileged: p }));
  for (const [name, text] of Object.entries(extra)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const priv = (r: Report, name: string) => r.results.find((x) => x.ruleId === 'pod-privileged-containers' && x.target.name === name);

test.before(() => {
  tmp = tempDir('continuous-cli');
});
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test('scan --baseline: states in JSON and SARIF, drift in text; a bad baseline is a usage error naming the problem', () => {
  const dir = path.join(tmp, 'base');
  const first = runCli(['scan', '-f', 'json', '-b', 'cis-1.12', app(dir, { web: true, db: false })]);
  const baseFile = path.join(tmp, 'baseline.json');
  writeFileSync(baseFile, first.stdout);
  app(dir, { web: true, db: true, cache: false });
  const r = runCli(['scan', '-f', 'json', '-b', 'cis-1.12', '--baseline', baseFile, '--output', `sarif=${path.join(tmp, 'b.sarif')}`, dir]);
  assert.is(r.code, 1, r.stderr);
  const rep = json(r.stdout);
  assert.equal([priv(rep, 'web')?.baselineState, priv(rep, 'db')?.status, priv(rep, 'db')?.baselineState, priv(rep, 'cache')?.baselineState], ['unchanged', 'fail', 'updated', 'new']);
  assert.ok((rep.baseline?.counts.updated ?? 0) >= 1 && (rep.baseline?.counts.new ?? 0) >= 1);
  const sarif = JSON.parse(readFileSync(path.join(tmp, 'b.sarif'), 'utf8'));
  const states = sarif.runs[0].results.filter((x: { ruleId: string }) => x.ruleId === 'pod-privileged-containers').map((x: { baselineState: string }) => x.baselineState);
  assert.equal(states, ['updated', 'unchanged']);

  app(dir, { db: true });
  const gone = json(runCli(['scan', '-f', 'json', '-b', 'cis-1.12', '--baseline', baseFile, dir]).stdout);
  assert.equal([priv(gone, 'web')?.status, priv(gone, 'web')?.baselineState], ['fail', 'absent']);
  assert.is(gone.summary.fail, json(runCli(['scan', '-f', 'json', '-b', 'cis-1.12', dir]).stdout).summary.fail, 'absent results are not counted');
  const text = runCli(['scan', '-b', 'cis-1.12', '--baseline', baseFile, dir]).stdout;
  assert.match(text, /Drift since the baseline \(scanned [^)]+\): \d+ new, \d+ changed, \d+ unchanged, \d+ gone/);
  assert.match(text, /CHANGED 5\.2\.2 Deployment shop\/db/);
  assert.match(text, /\d+ failing results? of the baseline no longer appears?/);

  writeFileSync(path.join(tmp, 'not-a-report.json'), '{"schemaVersion": 1, "results": "no"}');
  const bad = runCli(['scan', '--baseline', path.join(tmp, 'not-a-report.json'), dir]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /--baseline .*not-a-report\.json: not a kubecis JSON report .*must have required property 'tool'/);
  const missing = runCli(['scan', '--baseline', path.join(tmp, 'nope.json'), dir]);
  assert.equal([missing.code, /no such file/.test(missing.stderr)], [2, true]);
});

test('diff: text and JSON with both timestamps; --fail-on-new exits 1 only for new failures', () => {
  const dir = path.join(tmp, 'diff');
  const oldFile = path.join(tmp, 'old.json');
  const newFile = path.join(tmp, 'new.json');
  writeFileSync(oldFile, runCli(['scan', '-f', 'json', '-b', 'cis-1.12', app(dir, { web: true, db: false })]).stdout);
  writeFileSync(newFile, runCli(['scan', '-f', 'json', '-b', 'cis-1.12', app(dir, { web: false, db: true })]).stdout);
  const d = runCli(['diff', oldFile, newFile, '--format', 'json', '--fail-on-new']);
  assert.is(d.code, 1, d.stderr);
  const diff = JSON.parse(d.stdout);
  assert.ok(diff.old.startedAt && diff.new.startedAt);
  assert.equal(diff.degraded.filter((c: { ruleId: string }) => c.ruleId === 'pod-privileged-containers').map((c: { target: { name: string } }) => c.target.name), ['db']);
  assert.equal(diff.improved.filter((c: { ruleId: string }) => c.ruleId === 'pod-privileged-containers').map((c: { target: { name: string } }) => c.target.name), ['web']);
  assert.ok(diff.counts.newFailures >= 1);
  const text = runCli(['diff', oldFile, newFile]);
  assert.is(text.code, 0, 'without --fail-on-new, diff reports and exits 0');
  assert.match(text.stdout, /^old: scanned .*\nnew: scanned /);
  assert.match(text.stdout, /Degraded \(\d+\)\n {2}pass -> fail {2}5\.2\.2 Deployment "shop\/db"/);
  assert.match(text.stdout, /Improved \(\d+\)\n[\s\S]*fail -> pass {2}5\.2\.2 Deployment "shop\/web"/);
  assert.is(runCli(['diff', newFile, newFile, '--fail-on-new']).code, 0);
  // Only fixes: nothing new fails.
  assert.is(runCli(['diff', newFile, oldFile.replace('old', 'old'), '--fail-on-new', '--format', 'json']).code, 1);
  writeFileSync(path.join(tmp, 'fixed.json'), runCli(['scan', '-f', 'json', '-b', 'cis-1.12', app(dir, { web: false, db: false })]).stdout);
  assert.is(runCli(['diff', newFile, path.join(tmp, 'fixed.json'), '--fail-on-new']).code, 0);
  assert.is(runCli(['diff', oldFile]).code, 2);
  assert.is(runCli(['diff', oldFile, path.join(tmp, 'not-a-report.json')]).code, 2);
});

test('waivers: --waivers and .kubecis.yaml; waived failures do not fail the scan; expired and stale reported', () => {
  const dir = app(path.join(tmp, 'waive'), { web: true, db: true }, {
    '.kubecis.yaml': 'registries: [registry.example]\nwaivers:\n  - control: "5.2.2"\n    name: web\n    reason: needs host devices\n    owner: shop-team\n    expires: 2999-12-31\n',
  });
  const scan = (extra: string[]) => runCli(['scan', '-f', 'json', '-b', 'cis-1.12', ...extra, dir]);
  const r1 = json(scan([]).stdout);
  assert.equal([priv(r1, 'web')?.status, priv(r1, 'web')?.waiver?.reason, priv(r1, 'web')?.waiver?.source, priv(r1, 'db')?.status], ['waived', 'needs host devices', `${dir}/.kubecis.yaml:3`.split(path.sep).join('/'), 'fail']);
  assert.is(r1.summary.waived, 1);

  // Waive every remaining failure: the scan passes; an expired waiver stops applying and the scan fails again.
  const failing = [...new Set(r1.results.filter((r) => r.status === 'fail').map((r) => r.ruleId))];
  assert.ok(failing.length > 0);
  const entry = (rule: string, expires: string) => `  - rule: ${rule}\n    reason: accepted for the test\n    owner: qa\n    expires: ${expires}\n`;
  const all = path.join(tmp, 'all.yaml');
  writeFileSync(all, `waivers:\n${failing.map((f) => entry(f, '2999-01-01')).join('')}  - control: "1.2.1"\n    reason: nothing to match\n    owner: qa\n    expires: 2999-01-01\n`);
  const ok = scan(['--waivers', all]);
  assert.is(ok.code, 0, ok.stderr);
  const r2 = json(ok.stdout);
  assert.is(r2.summary.fail, 0);
  assert.ok((r2.summary.waived ?? 0) >= failing.length);
  // --waivers files come before .kubecis.yaml, so the rule waiver took "web" and the project one matched nothing.
  assert.equal(r2.waivers?.stale.map((w) => w.control), ['1.2.1', '5.2.2']);
  const expired = path.join(tmp, 'expired.yaml');
  writeFileSync(expired, `waivers:\n${failing.map((f, i) => entry(f, i === 0 ? '2000-01-01' : '2999-01-01')).join('')}`);
  const no = scan(['--waivers', expired]);
  assert.is(no.code, 1);
  assert.equal(json(no.stdout).waivers?.expired.map((w) => [w.rule, w.expires]), [[failing[0], '2000-01-01']]);
  const text = runCli(['scan', '-b', 'cis-1.12', '--waivers', expired, dir]).stdout;
  assert.match(text, /Expired waivers \(1\), no longer applied\n {2}\S+ expired 2000-01-01 · .*expired\.yaml:2/);
  assert.match(text, /waived: needs host devices \(owner shop-team, until 2999-12-31\)/);
  assert.match(text, /Summary: .* \d+ waived/);

  // A broken waivers file is a usage error that names the file and line.
  writeFileSync(path.join(tmp, 'broken.yaml'), 'waivers:\n  - control: "5.2.2"\n    reason: r\n    owner: o\n    expires: someday\n');
  const bad = scan(['--waivers', path.join(tmp, 'broken.yaml')]);
  assert.is(bad.code, 2);
  assert.match(bad.stderr, /broken\.yaml:5: "waivers\[0\]\.expires" must be a date written YYYY-MM-DD/);
});

test('annotation kubecis.io/waive on a resource waives its own result', () => {
  const dir = app(path.join(tmp, 'annot'), {}, {
    'web.yaml': deployment('web', 'shop', { privileged: true, annotations: { 'kubecis.io/waive': 'pod-privileged-containers: device plugin' } }),
    'db.yaml': deployment('db', 'shop', { privileged: true }),
  });
  const r = json(runCli(['scan', '-f', 'json', '-b', 'cis-1.12', dir]).stdout);
  assert.equal([priv(r, 'web')?.status, priv(r, 'web')?.waiver?.source, priv(r, 'db')?.status], ['waived', 'web.yaml:7 (annotation kubecis.io/waive)', 'fail']);
});

/** A copy of a report as another cluster at another time, with some failures fixed. */
function variant(base: Report, cluster: string, at: string, fixes: number): Report {
  let left = fixes;
  const results = base.results.map((r) => (r.status === 'fail' && r.ruleId !== 'pod-privileged-containers' && left-- > 0 ? { ...r, status: 'pass' as const } : r));
  const s = { pass: 0, fail: 0, manual: 0, notApplicable: 0, error: 0, waived: 0 };
  for (const r of results) {
    if (r.status === 'not-applicable') s.notApplicable++;
    else s[r.status]++;
  }
  return { ...base, scan: { ...base.scan, clusterName: cluster, startedAt: at }, results, summary: s };
}

test('--history layout; trend over several clusters (text, JSON, HTML); rollup numbers', () => {
  const dir = app(path.join(tmp, 'hist-app'), { web: true, db: true });
  const hist = path.join(tmp, 'history');
  const r = runCli(['scan', '-f', 'json', '-b', 'cis-1.12', '--history', hist, dir]);
  const base = json(r.stdout);
  const stamp = base.scan.startedAt!.replace(/:/g, '-');
  assert.equal(readdirSync(path.join(hist, 'default')), [`${stamp}.json`]);
  assert.equal(json(readFileSync(path.join(hist, 'default', `${stamp}.json`), 'utf8')), base);

  // Two more clusters, two points each, stored where --history would put them.
  const fails = base.summary.fail;
  for (const [cluster, at, fixes] of [['prod', '2026-01-01T00:00:00.000Z', 0], ['prod', '2026-02-01T00:00:00.000Z', 2], ['staging', '2026-01-15T00:00:00.000Z', 1], ['staging', '2026-02-15T00:00:00.000Z', 0]] as const) {
    const v = variant(base, cluster, at, fixes);
    const loc = historyLocation(v);
    mkdirSync(path.join(hist, loc.dir), { recursive: true });
    writeFileSync(path.join(hist, loc.dir, `${loc.name}.json`), JSON.stringify(v));
  }
  writeFileSync(path.join(hist, 'prod', 'garbage.json'), '{');
  const t = runCli(['trend', hist, '--format', 'json']);
  assert.is(t.code, 0, t.stderr);
  assert.match(t.stderr, /skipped .*garbage\.json: not valid JSON/);
  const trend = JSON.parse(t.stdout);
  assert.equal(trend.clusters.map((c: { cluster: string; points: unknown[] }) => [c.cluster, c.points.length]), [['default', 1], ['prod', 2], ['staging', 2]]);
  const prod = trend.clusters[1];
  assert.equal(prod.points.map((p: { time: string; summary: { fail: number } }) => [p.time, p.summary.fail]), [['2026-01-01T00:00:00.000Z', fails], ['2026-02-01T00:00:00.000Z', fails - 2]]);
  assert.equal(prod.change.fail, -2);
  assert.ok(prod.change.score > 0);
  assert.equal(trend.clusters[2].change.fail, 1);

  const text = runCli(['trend', hist]).stdout;
  assert.match(text, /prod \(2 results · since first: score \+[\d.]+, failures -2\)/);
  const html = runCli(['trend', hist, '--format', 'html']).stdout;
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/);
  assert.not.match(html, /<script/i);
  assert.is((html.match(/<polyline /g) ?? []).length, 4, 'score and failures lines for the two clusters with two points');
  assert.match(html, /<title>prod: [\d.]+% at 2026-01-01T00:00:00.000Z<\/title>/);

  // Roll-up of the history folder: the latest result of each cluster.
  const ru = runCli(['rollup', hist, '--format', 'json', '--framework', 'nist-800-53']);
  assert.is(ru.code, 0, ru.stderr);
  const rollup = JSON.parse(ru.stdout);
  assert.equal(rollup.clusters.map((c: { cluster: string; summary: { fail: number } }) => [c.cluster, c.summary.fail]), [['default', fails], ['prod', fails - 2], ['staging', fails]]);
  const p = rollup.controls.find((c: { ruleId: string }) => c.ruleId === 'pod-privileged-containers');
  assert.equal([p.clustersFailing, p.clustersEvaluated, p.share, p.failingTargets], [3, 3, 1, 6]);
  assert.equal(rollup.worstClusters[rollup.worstClusters.length - 1], 'prod');
  const nist = rollup.frameworks.find((f: { framework: { id: string } }) => f.framework.id === 'nist-800-53');
  assert.ok(nist.requested && nist.controls.length > 0);
  assert.match(runCli(['rollup', hist]).stdout, /Worst controls \(share of clusters failing\):\n\s+100%/);
  const page = runCli(['rollup', path.join(hist, 'prod', '2026-01-01T00-00-00.000Z.json'), path.join(hist, 'staging', '2026-02-15T00-00-00.000Z.json'), '--format', 'html']).stdout;
  assert.match(page, /<h2>Clusters<\/h2>[\s\S]*prod[\s\S]*staging/);
  assert.not.match(page, /<script/i);
  assert.is(runCli(['rollup', path.join(hist, 'prod', 'garbage.json')]).code, 2);
});

test('roll-up numbers on crafted results: shares, worst lists, latest per cluster', () => {
  const f = (c: string, name: string) => R({ controlId: c, status: 'fail', name });
  const p = (c: string, name: string) => R({ controlId: c, name });
  const stored = [
    { file: 'a-old', report: report([f('1.1', 'x'), f('1.2', 'x')], { cluster: 'a', startedAt: '2026-01-01T00:00:00.000Z' }) },
    { file: 'a', report: report([f('1.1', 'x'), p('1.2', 'x'), p('1.3', 'x')], { cluster: 'a', startedAt: '2026-02-01T00:00:00.000Z' }) },
    { file: 'b', report: report([f('1.1', 'x'), f('1.1', 'y'), f('1.2', 'x'), p('1.3', 'x')], { cluster: 'b' }) },
    { file: 'c', report: report([p('1.1', 'x'), R({ controlId: '1.2', status: 'not-applicable' }), p('1.3', 'x')], { cluster: 'c' }) },
  ];
  const r = buildRollup(stored);
  assert.equal(r.clusters.map((c) => [c.cluster, c.file, c.summary.fail, c.score, c.failingControls]), [['a', 'a', 1, 66.6, 1], ['b', 'b', 3, 33.3, 2], ['c', 'c', 0, 100, 0]]);
  assert.equal(r.controls.map((c) => [c.ruleId, c.clustersFailing, c.clustersEvaluated, c.share, c.failingTargets, c.failingIn]), [
    ['rule-1-1', 2, 3, 0.667, 3, ['a', 'b']],
    ['rule-1-2', 1, 2, 0.5, 1, ['b']],
    ['rule-1-3', 0, 3, 0, 0, []],
  ]);
  assert.equal(r.worstClusters, ['b', 'a']);
  assert.equal(r.worstControls, ['rule-1-1', 'rule-1-2']);
  const t = buildTrend(stored);
  assert.equal(t.clusters.map((s) => [s.cluster, s.points.map((x) => x.summary.fail)]), [['a', [2, 1]], ['b', [3]], ['c', [0]]]);
  assert.equal(historyLocation(report([], { cluster: '../../etc', collectedAt: '2026-03-01T10:20:30Z' })), { dir: '__.._etc', name: '2026-03-01T10-20-30Z' });
});

test.run();
