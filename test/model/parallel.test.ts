// Worker-thread parsing: the same large generated input scanned with one thread and with several gives the same
// snapshot and a byte-identical JSON report, bad units included, under default and tight limits.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import jsyaml from 'js-yaml';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { generateItems, toJson, toYaml } from '../../bench/generate.js';
import { getBenchmark } from '../../lib/benchmarks.js';
import { runScan } from '../../lib/engine/run.js';
import { loadSnapshot, type SnapshotOptions } from '../../lib/load/index.js';
import { parseFilesInParallel } from '../../lib/model/parse-pool.js';
import { DEFAULT_PARSE_LIMITS, parseText, planText, readUnitForTransfer, type ParseLimits, type ParseOutput } from '../../lib/model/parse.js';
import type { Snapshot } from '../../lib/model/types.js';
import { renderJson } from '../../lib/report/json.js';
import { rules } from '../../rules/index.js';
import { runCli } from '../helpers/cli.js';

const test = suite('model/parallel');

/** List items that each take a different road: errors, the anchor path, too deep, not objects, odd values. */
const ODD_ITEMS = [
  '- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: bad-indent\n   data: x\n',
  '- apiVersion: v1\n  kind: ConfigMap\n  kind: Secret\n  metadata: {name: duplicate-key}\n',
  "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: anchored, namespace: team-1}\n  data: &d {a: '1'}\n  binaryData: *d\n",
  '- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: alias-bomb}\n  data:\n    a: &a [x, x, x, x, x, x, x, x]\n    b: &b [*a, *a, *a, *a, *a, *a, *a, *a]\n    c: [*b, *b, *b, *b, *b, *b, *b, *b]\n',
  '- just a string\n',
  '- metadata: {name: no-kind}\n',
  `- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: nested-150}\n  data: {a: ${'['.repeat(150)}${']'.repeat(150)}}\n`,
  `- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: nested-260}\n  data: {a: ${'['.repeat(260)}${']'.repeat(260)}}\n`,
  "- apiVersion: v1\n  kind: ConfigMap\n  metadata:\n    name: odd-values\n    annotations: {__proto__: x, stamp: !!timestamp 2024-01-01}\n  data: {nan: .nan, inf: -.inf, zero: -0.0, bin: !!binary aGk=}\n",
  "- apiVersion: v1\n  kind: ConfigMap\n  metadata: {name: 'unterminated\n",
];

/** A kubectl-style List with the odd items spread through generated ones. */
function dumpWithOddItems(n: number): string {
  const items = generateItems({ resources: n, managedFields: true, seed: 7 });
  const parts = ['apiVersion: v1\nkind: List\nitems:\n'];
  const every = Math.floor(n / ODD_ITEMS.length);
  items.forEach((item, i) => {
    parts.push(jsyaml.dump([item], { lineWidth: -1, noArrayIndent: true, noRefs: true }));
    const k = (i + 1) / every - 1;
    if (Number.isInteger(k) && k < ODD_ITEMS.length) parts.push(ODD_ITEMS[k]);
  });
  parts.push("metadata:\n  resourceVersion: ''\n");
  return parts.join('');
}

const dir = mkdtempSync(path.join(tmpdir(), 'kubecis-parallel-'));
writeFileSync(path.join(dir, 'cluster-dump.yaml'), dumpWithOddItems(1200));
writeFileSync(path.join(dir, 'cluster-dump.json'), toJson(generateItems({ resources: 300, managedFields: false, seed: 9 })));
writeFileSync(
  path.join(dir, 'helm.yaml'),
  [
    '---\n# Source: shop/templates/sa.yaml\napiVersion: v1\nkind: ServiceAccount\nmetadata:\n  name: shop\n',
    '---\n# Source: shop/templates/notes.txt\njust text\n',
    '---\n',
    '---\n# Source: shop/templates/list.yaml\n{apiVersion: v1, kind: List, items: [{apiVersion: v1, kind: ConfigMap, metadata: {name: flow}}, 3]}\n',
    '...\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata: {name: shop, namespace: shop}\nspec:\n  template:\n    spec:\n      containers: [{name: app, image: shop:1, securityContext: {privileged: true}}]\n',
    '---\n- a\n- list\n',
  ].join(''),
);
writeFileSync(path.join(dir, 'binary.yaml'), Buffer.from([0x61, 0x00, 0x62, 0xff, 0xfe, 0x00]));
writeFileSync(path.join(dir, 'empty.yaml'), '');
mkdirSync(path.join(dir, 'apps'));
generateItems({ resources: 60, managedFields: false, seed: 3 }).forEach((item, i) => {
  writeFileSync(path.join(dir, 'apps', `app-${String(i).padStart(2, '0')}.yaml`), jsyaml.dump(item, { lineWidth: -1 }));
});

const benchmark = getBenchmark('cis-1.12')!;

async function scan(opts: SnapshotOptions): Promise<{ snapshot: Snapshot; json: string }> {
  const snapshot = await loadSnapshot([dir], opts);
  const report = runScan({ snapshot, benchmark, rules, toolVersion: '0.0.0', startedAt: '2026-01-01T00:00:00Z', inputs: ['in'] });
  return { snapshot, json: renderJson(report) };
}

/** Everything a Resource carries, with NaN, ±Infinity and -0 spelled out (JSON would flatten them). */
function describe(snapshot: Snapshot): string {
  const paths = [['metadata', 'name'], ['spec', 'template', 'spec', 'containers', 0, 'image'], ['spec', 'missing', 'field'], ['data']];
  return JSON.stringify(
    {
      resources: snapshot.resources.map((r) => ({ ...r, locate: paths.map((p) => r.locate(p)) })),
      errors: snapshot.errors,
    },
    (_k, v) => (typeof v === 'number' && (Object.is(v, -0) || !Number.isFinite(v)) ? `number:${Object.is(v, -0) ? '-0' : String(v)}` : v),
  );
}

/** Where two long strings first differ, with some context, or undefined (a short message beats a megabyte diff). */
function firstDifference(got: string, want: string): string | undefined {
  if (got === want) return undefined;
  let i = 0;
  while (i < got.length && got[i] === want[i]) i++;
  return `at ${i} of ${want.length}: got …${got.slice(Math.max(0, i - 80), i + 80)}… want …${want.slice(Math.max(0, i - 80), i + 80)}…`;
}

function isDeepFrozen(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return true;
  return Object.isFrozen(v) && Object.values(v).every(isDeepFrozen);
}

test('several threads give the same snapshot and a byte-identical JSON report', async () => {
  const one = await scan({ threads: 1 });
  assert.ok(one.snapshot.resources.length > 1500, 'the input is large');
  const messages = one.snapshot.errors.map((e) => e.message).join('\n');
  for (const m of ['same key twice', 'nested deeper than 200', 'of the list is not a Kubernetes object', 'indentation', 'binary file']) {
    assert.match(messages, m);
  }
  const odd = one.snapshot.resources.find((r) => r.name === 'odd-values');
  assert.ok(odd && Object.is((odd.obj.data as Record<string, unknown>).zero, -0), 'the odd values are in the input');
  assert.ok(['anchored', 'alias-bomb', 'nested-150'].every((n) => one.snapshot.resources.some((r) => r.name === n)));
  for (const threads of [2, 3]) {
    const many = await scan({ threads, parallelMinBytes: 0 });
    assert.is(firstDifference(many.json, one.json), undefined, `JSON report with ${threads} threads`);
    assert.is(firstDifference(describe(many.snapshot), describe(one.snapshot)), undefined, `snapshot with ${threads} threads`);
    assert.ok(many.snapshot.resources.every((r) => isDeepFrozen(r.obj)), 'values from workers are frozen');
  }
});

test('limits apply the same with threads (documents, depth, aliases)', async () => {
  const parseLimits: ParseLimits = { maxDocuments: 3, maxDepth: 12, maxAliasCount: 20 };
  const one = await scan({ threads: 1, parseLimits });
  const messages = one.snapshot.errors.map((e) => e.message).join('\n');
  assert.match(messages, 'too many documents');
  assert.match(messages, 'nested deeper than 12');
  assert.match(messages, 'more alias expansions');
  const many = await scan({ threads: 2, parseLimits, parallelMinBytes: 0 });
  assert.is(firstDifference(many.json, one.json), undefined);
  assert.is(firstDifference(describe(many.snapshot), describe(one.snapshot)), undefined);
});

test('values a worker read (its script resolved from the compiled module) give the same output and report', async () => {
  const texts = [{ file: 'a.yaml', text: dumpWithOddItems(600) }, { file: 'b.yaml', text: dumpWithOddItems(300) }];
  const want = texts.map((t) => parseText(t.text, t.file));
  const got: ParseOutput[] = [];
  const order: number[] = [];
  const stats = await parseFilesInParallel(
    texts.map((t) => ({ file: t.file, text: () => t.text })),
    { limits: DEFAULT_PARSE_LIMITS },
    1,
    (i, r) => {
      order.push(i);
      if ('error' in r) throw r.error;
      got.push(r.out);
    },
    { mainReads: false },
  );
  assert.equal(order, [0, 1]);
  // The main thread reads only the units it keeps for their positions (readsHere) and those that fail to read (read
  // again to report the error); the worker reads the rest.
  const kept = texts.reduce((n, t) => {
    const plan = planText(t.text, t.file);
    return n + plan.units.filter((_, i) => plan.readsHere(i)).length;
  }, 0);
  assert.ok(kept > 0 && kept < 900, `units kept for the main thread: ${kept}`);
  assert.ok(stats.byWorkers >= 900 - kept - ODD_ITEMS.length && stats.byMain <= kept + 2 * ODD_ITEMS.length, `worker ${stats.byWorkers}, main ${stats.byMain}, kept ${kept}`);
  const asSnapshot = (outs: ParseOutput[]): Snapshot => ({ resources: outs.flatMap((o) => o.resources), errors: outs.flatMap((o) => o.errors), nodes: [], bundles: [] });
  assert.is(firstDifference(describe(asSnapshot(got)), describe(asSnapshot(want))), undefined);
  assert.equal(got.map((o) => o.others), want.map((o) => o.others));
  assert.ok(got.every((o) => o.resources.every((r) => isDeepFrozen(r.obj))), 'values from the worker are frozen');
  // An alias shares its anchor's object on every path (JSON text would have made a copy of it).
  for (const outs of [got, want]) {
    const anchored = outs.flatMap((o) => o.resources).find((r) => r.name === 'anchored');
    assert.ok(anchored && anchored.obj.data === anchored.obj.binaryData, 'alias and anchor are one object');
  }
  const report = (s: Snapshot) => renderJson(runScan({ snapshot: s, benchmark, rules, toolVersion: '0.0.0', startedAt: '2026-01-01T00:00:00Z', inputs: ['in'] }));
  assert.is(firstDifference(report(asSnapshot(got)), report(asSnapshot(want))), undefined);
});

test('a value travels as JSON text only when JSON carries it exactly', () => {
  const cases: [string, string, boolean][] = [
    ['plain object', 'kind: ConfigMap\ndata: {a: "1", n: 3, f: 1.5, z: 0, t: true, x: null}\n', true],
    ['lone surrogate in a string', 'kind: ConfigMap\ndata: {a: "\\ud800"}\n', true],
    ['prototype-named key', 'kind: ConfigMap\ndata: {__proto__: x}\n', true],
    ['NaN', 'kind: ConfigMap\ndata: {a: .nan}\n', false],
    ['infinity in a list', 'kind: ConfigMap\ndata: {a: [1, -.inf]}\n', false],
    ['negative zero', 'kind: ConfigMap\ndata: {a: -0.0}\n', false],
    ['a bare number document', '.inf\n', false],
    ['anchor and alias', 'kind: ConfigMap\ndata: &d {a: "1"}\nbinaryData: *d\n', false],
  ];
  for (const [name, text, json] of cases) {
    const v = readUnitForTransfer({ text, line: 1, column: 1, json: false }, DEFAULT_PARSE_LIMITS);
    assert.ok(v, name);
    assert.is(v.json, json, name);
    if (json) {
      assert.equal(JSON.parse(JSON.stringify(v.data)), v.data, `${name}: JSON round trip`);
      assert.equal(Object.keys(JSON.parse(JSON.stringify(v.data)).data), Object.keys((v.data as { data: object }).data), `${name}: own keys kept`);
    }
  }
  // A NaN in one unit does not mark the next.
  assert.is(readUnitForTransfer({ text: 'a: .nan\n', line: 1, column: 1, json: false }, DEFAULT_PARSE_LIMITS)?.json, false);
  assert.is(readUnitForTransfer({ text: 'a: 1\n', line: 1, column: 1, json: false }, DEFAULT_PARSE_LIMITS)?.json, true);
});

test('the CLI with --threads 2 past the threshold exits when done and reports the same as --threads 1', () => {
  const big = path.join(dir, 'big', 'dump.yaml');
  mkdirSync(path.dirname(big));
  writeFileSync(big, toYaml(generateItems({ resources: 14000, managedFields: false, seed: 11 })));
  const args = ['scan', '--format', 'json', '--benchmark', 'cis-1.12', '--fail-on', 'none', big];
  // The scan time is the one field allowed to differ.
  const run = (threads: string) => {
    const r = runCli([...args, '--threads', threads], { timeout: 120_000 });
    assert.is(r.signal, null, `--threads ${threads} ended by ${r.signal} (a worker kept it alive?)`);
    assert.is(r.code, 0, r.stderr);
    return r.stdout.replace(/"startedAt": "[^"]*"/, '"startedAt": ""');
  };
  const one = run('1');
  assert.ok(one.length > 1_000_000);
  assert.is(firstDifference(run('2'), one), undefined);
  assert.is(runCli([...args, '--threads', '0']).code, 2);
});

test.after(() => rmSync(dir, { recursive: true, force: true }));
test.run();
