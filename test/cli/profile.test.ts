// End to end: the kubecis-hardening profile from the CLI: listed by `kubecis benchmarks`, run alone with --profile,
// run with a benchmark into one report, the registry allow-list from --allowed-registries and .kubecis.yaml.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { runCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';
import { compareControlIds } from '../../lib/engine/control-id.js';

const test = suite('cli/profile');
const fx = (...p: string[]) => path.join('test', 'fixtures', 'cli', 'hardening', ...p);
const ajv = new Ajv.default({ allErrors: true, strict: false });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(fromRoot('lib', 'data', 'schemas', 'report.schema.json'), 'utf8')));
const profile = JSON.parse(readFileSync(fromRoot('lib', 'data', 'benchmarks', 'kubecis-hardening.json'), 'utf8')) as { recommendations: { id: string }[] };
const cis = JSON.parse(readFileSync(fromRoot('lib', 'data', 'benchmarks', 'cis-1.12.json'), 'utf8')) as { recommendations: { id: string }[] };

type R = { controlId: string; ruleId: string; status: string; target: { name: string }; message: string };
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function report(stdout: string): any {
  const r = JSON.parse(stdout);
  assert.ok(validate(r), `report must match the JSON schema: ${ajv.errorsText(validate.errors)}`);
  return r;
}

test('kubecis benchmarks lists the profile, marked as one', () => {
  const text = runCli(['benchmarks']);
  assert.is(text.code, 0, text.stderr);
  assert.match(text.stdout, /^kubecis-hardening  kubecis hardening profile · profile \(run with --profile\)$/m);
  const json = runCli(['benchmarks', '--format', 'json']);
  const entry = (JSON.parse(json.stdout) as { id: string; provider: string; total: number }[]).find((b) => b.id === 'kubecis-hardening');
  assert.equal(entry && { provider: entry.provider, total: entry.total }, { provider: 'kubecis', total: profile.recommendations.length });
});

test('--profile alone runs only the profile', () => {
  const r = runCli(['scan', '--format', 'json', '--profile', 'kubecis-hardening', fx('app.yaml')]);
  assert.is(r.code, 1, r.stderr);
  const rep = report(r.stdout);
  assert.is(rep.benchmark.id, 'kubecis-hardening');
  assert.is(rep.benchmark.profiles, undefined);
  assert.ok(rep.results.every((x: R) => x.controlId.startsWith('H')), 'only profile controls');
  assert.equal([...new Set<string>(rep.results.map((x: R) => x.controlId))].sort(compareControlIds), profile.recommendations.map((x) => x.id));
  const tag = rep.results.find((x: R) => x.ruleId === 'image-pull-policy-stale');
  assert.equal([tag.controlId, tag.status], ['H1.4', 'fail']);
});

test('--benchmark cis-1.12 --profile kubecis-hardening: one report, both sets of controls, sorted once, no secret value', () => {
  const r = runCli(['scan', '--format', 'json', '--benchmark', 'cis-1.12', '--profile', 'kubecis-hardening', fx('app.yaml')]);
  assert.is(r.code, 1, r.stderr);
  const rep = report(r.stdout);
  assert.is(rep.benchmark.id, 'cis-1.12');
  assert.equal(rep.benchmark.profiles, [{ id: 'kubecis-hardening', title: 'kubecis hardening profile' }]);
  const ids = new Set(rep.results.map((x: R) => x.controlId));
  for (const rec of [...cis.recommendations, ...profile.recommendations]) assert.ok(ids.has(rec.id), `control ${rec.id} has a result`);
  const order = rep.results.map((x: R) => x.controlId);
  assert.equal(order, [...order].sort(compareControlIds), 'results are in control order: the benchmark, then the profile');
  assert.ok(rep.controls.some((c: { controlId: string; sectionTitle: string }) => c.controlId === 'H5.1' && c.sectionTitle === 'Privileged pod creep'));
  // The same rule can decide a CIS control and a profile control: pod-privileged-containers (5.2.2) and pod-privileged-outside-system (H5.1).
  assert.equal(rep.results.filter((x: R) => x.controlId === '5.2.2' || x.controlId === 'H5.1').map((x: R) => [x.controlId, x.status]), [['5.2.2', 'fail'], ['H5.1', 'fail']]);
  for (const format of ['json', 'text', 'sarif', 'html', 'junit']) {
    const out = runCli(['scan', '--format', format, '--benchmark', 'cis-1.12', '--profile', 'kubecis-hardening', fx('app.yaml')]).stdout;
    assert.ok(out.length > 0, format);
    assert.not.ok(out.includes('KUBECIS-CANARY-CLI-PASSWORD'), `${format} output carries the Secret value`);
  }
});

test('SARIF and JUnit name profile controls by their own ids and the profile, not as CIS recommendations', () => {
  const sarif = JSON.parse(runCli(['scan', '--format', 'sarif', '--benchmark', 'cis-1.12', '--profile', 'kubecis-hardening', fx('app.yaml')]).stdout);
  const rules = sarif.runs[0].tool.driver.rules as { id: string; name: string; help: { text: string }; properties: { tags: string[] } }[];
  const stale = rules.find((r) => r.id === 'image-pull-policy-stale')!;
  assert.is(stale.name, 'H1.4 Images with moving tags are pulled on every start');
  assert.match(stale.help.text, /^kubecis hardening profile, recommendation H1\.4 \(H1 Image source\)/m);
  assert.ok(stale.properties.tags.includes('H1.4') && !stale.properties.tags.includes('CIS-H1.4'));
  const priv = rules.find((r) => r.id === 'pod-privileged-containers')!;
  assert.match(priv.name, /^CIS 5\.2\.2 /);
  assert.match(priv.help.text, /^CIS Kubernetes Benchmark v1\.12\.0, recommendation 5\.2\.2/m);
  const junit = runCli(['scan', '--format', 'junit', '--benchmark', 'cis-1.12', '--profile', 'kubecis-hardening', fx('app.yaml')]).stdout;
  assert.match(junit, /<testcase name="H1\.4: /);
  assert.match(junit, /<testcase name="CIS 5\.2\.2: /);
});

test('--allowed-registries and allowedRegistries in .kubecis.yaml feed image-registry-allowed', () => {
  const registry = (args: string[]) => {
    const rep = report(runCli(['scan', '--format', 'json', '--profile', 'kubecis-hardening', ...args]).stdout);
    return rep.results.filter((x: R) => x.ruleId === 'image-registry-allowed').map((x: R) => x.status);
  };
  assert.equal(registry([fx('app.yaml')]), ['manual']);
  assert.equal(registry(['--allowed-registries', 'registry.example.com', fx('app.yaml')]), ['fail']);
  assert.equal(registry([fx('with-config')]), ['pass']);
  assert.equal(registry(['--allowed-registries', 'registry.example.com,ghcr.io', fx('with-config')]), ['fail'], 'the flag wins over the file');
});

test('.kubecis.yaml settings of the profile reach the rules; a bad value is a usage error', () => {
  const rep = report(runCli(['scan', '--format', 'json', '--profile', 'kubecis-hardening', fx('system-namespaces')]).stdout);
  assert.equal(rep.results.filter((x: R) => x.ruleId === 'pod-privileged-outside-system').map((x: R) => [x.status, x.message]), [['pass', 'namespace "shop" is a system namespace']]);
  const dir = mkdtempSync(path.join(tmpdir(), 'kubecis-profile-'));
  try {
    copyFileSync(fromRoot(fx('app.yaml')), path.join(dir, 'app.yaml'));
    writeFileSync(path.join(dir, '.kubecis.yaml'), 'secretMaxConsumers: -1\n');
    const bad = runCli(['scan', '--profile', 'kubecis-hardening', dir]);
    assert.is(bad.code, 2);
    assert.match(bad.stderr, /secretMaxConsumers must be a positive whole number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('usage errors: unknown profile, empty allow-list', () => {
  const a = runCli(['scan', '--profile', 'kubecis-nope', fx('app.yaml')]);
  assert.is(a.code, 2);
  assert.match(a.stderr, /unknown profile "kubecis-nope"/);
  const b = runCli(['scan', '--profile', 'kubecis-hardening', '--allowed-registries', ',', fx('app.yaml')]);
  assert.is(b.code, 2);
  assert.match(b.stderr, /--allowed-registries takes a comma-separated list/);
});

test('kubecis controls lists the profile\'s controls', () => {
  const r = runCli(['controls', '--benchmark', 'kubecis-hardening', '--format', 'json']);
  assert.is(r.code, 0, r.stderr);
  const c = JSON.parse(r.stdout) as { controls: { controlId: string; implemented: boolean }[] };
  assert.equal(c.controls.map((x) => x.controlId), profile.recommendations.map((x) => x.id));
  assert.ok(c.controls.every((x) => x.implemented));
});
test.run();
