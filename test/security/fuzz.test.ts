// Property-based fuzzing (fast-check, fixed seeds, bounded runs): the parser, the loader, the whole pipeline in
// process and the built CLI, on random text and bytes, mutated real manifests and random tar entries. Properties:
// never throws, always an errors list, deterministic; rules never crash on what the parser lets through.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseText } from '../../lib/model/parse.js';
import { decodeText, loadInputs } from '../../lib/load/sources.js';
import { loadSnapshot } from '../../lib/load/index.js';
import { runScan } from '../../lib/engine/run.js';
import { getBenchmark } from '../../lib/benchmarks.js';
import { rules } from '../../rules/index.js';
import { renderJson } from '../../lib/report/json.js';
import { renderSarif } from '../../lib/report/sarif.js';
import { renderText } from '../../lib/report/text.js';
import { renderHtml } from '../../lib/report/html.js';
import { renderJunit } from '../../lib/report/junit.js';
import type { Resource } from '../../lib/model/types.js';
import { argv, clusterBundle, nodeBundle, readAll } from '../helpers/mini-bundle.js';
import { fromRoot } from '../helpers/paths.js';
import { jsonReport, removeDir, scan, tarEntry, tempDir } from './support.js';

const test = suite('security/fuzz');
const SEED = 20260301;
let tmp = '';

test.before(() => {
  tmp = tempDir('fuzz');
});
test.after(() => removeDir(tmp));

/** Real manifests to mutate: every sample and fixture YAML/JSON file (small ones, to keep runs fast). */
const CORPUS: string[] = (() => {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d).sort()) {
      const p = path.join(d, n);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(n) && st.size < 8000) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(fromRoot('snapshots', 'manifests'));
  walk(fromRoot('test', 'fixtures', 'cli'));
  return out;
})();

/** Characters that matter to YAML and JSON, and to the parser's own text-level cutting. */
const SPECIAL = [':', '-', '- ', '---\n', '...\n', '{', '}', '[', ']', ',', '&a ', '*a', '!', '!!binary ', '|', '>', '"', "'", '\t', '\r', '\r\n', '\n', '#', '%', '@', '`', '?', '\\', '\0', '\uFEFF', '\u2028', 'kind: List\n', 'items:\n', '<<: ', '  ', '\ud800'];

const fragment = fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 }));

/** A real manifest with a few random edits: insertions of special text, deletions, duplicated or swapped lines. */
const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: CORPUS.length - 1 }),
    fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'dupline', 'swap', 'truncate'), fc.nat(), fc.nat({ max: 40 }), fragment), { minLength: 1, maxLength: 6 }),
  )
  .map(([i, edits]) => {
    let t = CORPUS[i];
    for (const [op, at, len, frag] of edits) {
      const p = t.length ? at % t.length : 0;
      if (op === 'insert') t = t.slice(0, p) + frag + t.slice(p);
      else if (op === 'delete') t = t.slice(0, p) + t.slice(p + len);
      else if (op === 'truncate') t = t.slice(0, p);
      else {
        const lines = t.split('\n');
        const a = at % lines.length;
        const b = (at + len) % lines.length;
        if (op === 'dupline') lines.splice(a, 0, lines[a]);
        else [lines[a], lines[b]] = [lines[b], lines[a]];
        t = lines.join('\n');
      }
    }
    return t;
  });

const randomText = fc.oneof(fc.string({ maxLength: 300 }), fc.array(fragment, { maxLength: 60 }).map((a) => a.join('')), mutated);

/** The parts of a parse result that must be the same every time, including positions found lazily. */
function view(text: string, file: string) {
  const out = parseText(text, file);
  assert.ok(Array.isArray(out.errors));
  for (const e of out.errors) {
    assert.is(e.file, file);
    assert.type(e.message, 'string');
    if (e.line !== undefined) assert.ok(e.line >= 1 && e.line <= text.split('\n').length + 1, `error line ${e.line} inside the file`);
  }
  return {
    errors: out.errors,
    resources: out.resources.map((r: Resource) => ({
      kind: r.kind, name: r.name, loc: r.loc,
      spec: r.locate(['spec']), c: r.locate(['spec', 'containers', 0, 'securityContext', 'privileged']), meta: r.locate(['metadata', 'name']),
    })),
  };
}

test('parseText on random text and mutated manifests: never throws, errors name the file, deterministic', () => {
  fc.assert(
    fc.property(randomText, (text) => {
      const a = view(text, 'f.yaml');
      assert.equal(view(text, 'f.yaml'), a);
    }),
    { seed: SEED, numRuns: 400 },
  );
});

test('random bytes through decode and parse: never throws; invalid UTF-8 and NUL are refused', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
      const d = decodeText(Buffer.from(bytes));
      if (bytes.includes(0)) assert.is(d.error, 'binary file (contains NUL bytes)');
      if (d.text !== undefined) view(d.text, 'b.yaml');
      else assert.type(d.error, 'string');
    }),
    { seed: SEED, numRuns: 300 },
  );
});

test('the whole pipeline in process on mutated manifests: no throw, no rule crash, every reporter renders', async () => {
  const benchmarks = ['cis-1.11', 'kubecis-hardening'].map((id) => getBenchmark(id)).filter((b) => b !== undefined);
  assert.ok(benchmarks.length >= 1);
  let judged = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(mutated, { minLength: 1, maxLength: 3 }), async (texts) => {
      const input = Buffer.from(texts.join('\n---\n'));
      const snapshot = await loadSnapshot(['-'], { readStdin: async () => input });
      assert.ok(Array.isArray(snapshot.errors));
      if (snapshot.resources.length > 0) judged++;
      for (const benchmark of benchmarks) {
        const report = runScan({ snapshot, benchmark: benchmark!, rules, toolVersion: '0.0.0', inputs: ['-'] });
        const crashed = report.results.filter((r) => r.status === 'error' && /^rule ".*" failed/.test(r.message));
        assert.equal(crashed.map((r) => r.message), [], 'no rule throws on parsed input');
        for (const render of [renderJson, (r: typeof report) => renderSarif(r), (r: typeof report) => renderText(r), renderHtml, renderJunit]) {
          assert.type(render(report), 'string');
        }
      }
    }),
    { seed: SEED, numRuns: 60 },
  );
  assert.ok(judged > 30, `most mutated inputs still hold objects for the rules (${judged} of 60)`);
});

// --- bundles ----------------------------------------------------------------------------------------------------

const KUBELET_CONFIG = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nauthentication:\n  anonymous: {enabled: false}\n  webhook: {enabled: true}\nauthorization: {mode: Webhook}\nreadOnlyPort: 0\nstaticPodPath: /etc/kubernetes/manifests\n';
const STATIC_POD = 'apiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver, namespace: kube-system}\nspec:\n  containers:\n  - name: kube-apiserver\n    image: registry.k8s.io/kube-apiserver:v1.31.2\n    command: [kube-apiserver, --anonymous-auth=false, --authorization-mode=Node,RBAC, --encryption-provider-config=/etc/kubernetes/enc.yaml]\n';
const STATS = '# path\ttype\tmode\tuid\tgid\tuser\tgroup\trealpath\n/var/lib/kubelet/config.yaml\tfile\t0600\t0\t0\troot\troot\t-\n/etc/kubernetes/manifests\tdir\t0755\t0\t0\troot\troot\t-\n';

/** Small edits to a text: the same operations as `mutated`, on a given base. */
const edits = (base: string) =>
  fc.array(fc.tuple(fc.constantFrom('insert', 'delete', 'truncate', 'keep'), fc.nat(), fc.nat({ max: 20 }), fragment), { maxLength: 4 }).map((ops) => {
    let t = base;
    for (const [op, at, len, frag] of ops) {
      const p = t.length ? at % t.length : 0;
      if (op === 'insert') t = t.slice(0, p) + frag + t.slice(p);
      else if (op === 'delete') t = t.slice(0, p) + t.slice(p + len);
      else if (op === 'truncate') t = t.slice(0, p);
    }
    return t;
  });

const argArb = fc.oneof(fc.constantFrom('--anonymous-auth=false', '--anonymous-auth', '--config', '--config=', '=', '--', '-', '--authorization-mode=AlwaysAllow', '--tls-cipher-suites=,,', '--profiling=maybe', '--port=-1', '--kubeconfig=../../x'), fc.string({ maxLength: 12 }));

test('mutated members of a checksummed node and cluster bundle: the whole pipeline never throws, no rule crashes', async () => {
  const benchmarks = ['cis-1.10', 'cis-1.11', 'cis-1.12', 'eks-1.8.0', 'rh-1.8'].map((id) => getBenchmark(id)).filter((b) => b !== undefined);
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        apiserver: fc.array(argArb, { maxLength: 6 }),
        kubelet: fc.array(argArb, { maxLength: 6 }),
        etcdEnv: edits('ETCD_CLIENT_CERT_AUTH=true\nETCD_PEER_AUTO_TLS=false\n'),
        config: edits(KUBELET_CONFIG),
        pod: edits(STATIC_POD),
        stats: edits(STATS),
        configz: edits(JSON.stringify({ kubeletconfig: { authentication: { anonymous: { enabled: true } }, readOnlyPort: 10255 } })),
        version: edits('{"gitVersion": "v1.31.2"}'),
        nodes: edits('apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata: {name: node-1}\n  status: {nodeInfo: {kubeletVersion: v1.31.2}}\n'),
      }),
      async (m) => {
        const node = nodeBundle({
          'processes/apiserver.cmdline': argv('kube-apiserver', ...m.apiserver),
          'processes/kubelet.cmdline': argv('kubelet', '--config=/var/lib/kubelet/config.yaml', ...m.kubelet),
          'processes/etcd.cmdline': argv('etcd'),
          'processes/etcd.env': m.etcdEnv,
          'files/var/lib/kubelet/config.yaml': m.config,
          'files/etc/kubernetes/manifests/kube-apiserver.yaml': m.pod,
          'stats.tsv': m.stats,
        }, { node: { name: 'node-1', roles: ['control-plane', 'worker'] } });
        const cluster = clusterBundle({ 'cluster/version.json': m.version, 'cluster/nodes/node-1/configz.json': m.configz, 'cluster/resources/nodes.core.yaml': m.nodes });
        const out = readAll(node, cluster);
        assert.ok(Array.isArray(out.errors));
        const snapshot = { resources: out.resources, nodes: out.nodes, bundles: out.bundles, errors: out.errors, ...(out.serverVersion ? { serverVersion: out.serverVersion } : {}) };
        for (const benchmark of benchmarks) {
          const report = runScan({ snapshot, benchmark: benchmark!, rules, toolVersion: '0.0.0', inputs: ['node.tgz', 'cluster.tgz'] });
          const crashed = report.results.filter((r) => r.status === 'error' && /^rule ".*" failed/.test(r.message));
          assert.equal(crashed.map((r) => r.message), [], 'no rule throws on a hostile bundle');
        }
      },
    ),
    { seed: SEED, numRuns: 60 },
  );
});

// --- archives ---------------------------------------------------------------------------------------------------

const entryArb = fc.record({
  path: fc.oneof(
    fc.constantFrom('a.yaml', 'b/c.yaml', '../x.yaml', '/abs.yaml', 'a/../../y.yaml', './d.yaml', 'bundle.json', 'a.yaml', 'dir/', 'C:\\w.yaml', 'e.json', 'f.tgz', 'ü.yaml'),
    fc.string({ minLength: 1, maxLength: 20 }).map((s) => `${s}.yaml`),
  ),
  type: fc.constantFrom('File', 'File', 'File', 'Directory', 'SymbolicLink', 'Link', 'CharacterDevice', 'FIFO', 'ContiguousFile', 'OldFile'),
  body: fc.oneof(mutated, fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('latin1'))),
  lie: fc.oneof(fc.constant(undefined), fc.nat({ max: 5000 })),
});

const archiveArb = fc.record({
  entries: fc.array(entryArb, { maxLength: 8 }),
  gzip: fc.boolean(),
  cut: fc.oneof(fc.constant(undefined), fc.double({ min: 0, max: 1, noNaN: true })),
  endMarker: fc.boolean(),
});

type Archive = typeof archiveArb extends fc.Arbitrary<infer T> ? T : never;

function buildArchive(a: Archive): Buffer {
  const blocks = a.entries.map((e) => {
    const withBody = e.type === 'File' || e.type === 'ContiguousFile' || e.type === 'OldFile';
    const h = { path: e.path, type: e.type, ...(e.type === 'SymbolicLink' || e.type === 'Link' ? { linkpath: '/etc/shadow' } : {}) };
    if (!withBody) return tarEntry(h as never);
    const block = tarEntry(h as never, e.body);
    if (e.lie === undefined) return block;
    return Buffer.concat([tarEntry({ ...h, size: e.lie } as never).subarray(0, 512), block.subarray(512)]); // a header that lies about the size
  });
  let raw = Buffer.concat([...blocks, a.endMarker ? Buffer.alloc(1024) : Buffer.alloc(0)]);
  if (a.gzip) raw = gzipSync(raw);
  return a.cut === undefined ? raw : raw.subarray(0, Math.floor(raw.length * a.cut));
}

test('random tar entries through the loader: never throws, always an errors list, deterministic', async () => {
  const file = path.join(tmp, 'random.tgz');
  await fc.assert(
    fc.asyncProperty(archiveArb, async (a) => {
      writeFileSync(file, buildArchive(a));
      const load = async () => {
        const r = await loadInputs([file]);
        assert.ok(Array.isArray(r.errors));
        for (const e of r.errors) assert.ok(e.file === file || e.file.startsWith(`${file}!`), e.file);
        for (const s of r.sources) assert.not.match(s.file, /!(\/|.*(^|\/)\.\.(\/|$))/, 'no unsafe member is ever a source');
        return JSON.stringify({ s: r.sources.map((s) => [s.file, s.data.toString('base64')]), b: r.bundles.map((b) => [b.file, [...b.members.keys()]]), e: r.errors });
      };
      assert.is(await load(), await load());
    }),
    { seed: SEED, numRuns: 150 },
  );
});

test('the CLI on a folder of random files and archives: exit 0, 1 or 2 only, no crash, byte-identical twice', () => {
  const samples = fc.sample(fc.tuple(fc.array(randomText, { minLength: 20, maxLength: 20 }), fc.array(fc.uint8Array({ maxLength: 200 }), { minLength: 5, maxLength: 5 }), fc.array(archiveArb, { minLength: 6, maxLength: 6 })), { seed: SEED, numRuns: 2 });
  samples.forEach(([texts, bytes, archives], round) => {
    const dir = path.join(tmp, `cli-${round}`);
    mkdirSync(dir);
    texts.forEach((t, i) => writeFileSync(path.join(dir, `t${i}.yaml`), t));
    bytes.forEach((b, i) => writeFileSync(path.join(dir, `b${i}.yaml`), b));
    archives.forEach((a, i) => writeFileSync(path.join(dir, `a${i}.tgz`), buildArchive(a)));
    writeFileSync(path.join(dir, 'j.json'), texts[0]);
    const first = scan(['--format', 'json', '--fail-on', 'none', dir]);
    const second = scan(['--format', 'json', '--fail-on', 'none', dir]);
    assert.ok([0, 2].includes(first.code), `exit ${first.code}: ${first.stderr}`);
    if (first.code === 0) {
      const strip = (s: string) => s.replace(/"startedAt": "[^"]*"/, '');
      assert.ok(strip(first.stdout) === strip(second.stdout), 'deterministic');
      assert.ok(Array.isArray(jsonReport(first).errors));
    } else {
      assert.match(first.stderr, /no readable Kubernetes objects/);
      assert.is(first.stderr, second.stderr);
    }
  });
});

test.run();
