// End to end over a version matrix: kubeadm control-plane nodes of Kubernetes 1.28, 1.31 and 1.34, hardened and weak,
// collected by the real collector (node bundle from the fixture root, cluster bundle from the fake API server), scanned
// by the CLI under each version's benchmark; every control of sections 1-4 must have the status written down in
// kubeadm-matrix.expected.json.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { MATRIX_VERSIONS, VARIANTS, buildKubeadmNode, type MatrixNode } from '../fixtures/roots/kubeadm-matrix.js';
import { startFakeApiServer } from '../helpers/fake-apiserver.js';
import { runCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';
import { COLLECTOR, SHELLS, bundleProblems, readBundle, run, tempDir, type Bundle } from '../collector/support.js';

type Status = 'pass' | 'fail' | 'manual' | 'not-applicable' | 'error';
/**
 * A status, or a status with details: `because`, a regular expression the message must match (why the verdict is
 * what it is); `intended`, the status the benchmark intends when today's rule disagrees; `missingRule`, the rule id
 * the engine reports as absent from this build; `note`, the explanation (required with `intended` and `missingRule`).
 */
type Expected = Status | { status: Status; because?: string; intended?: Status; missingRule?: string; note?: string };
interface ExpectedBundle {
  benchmark: string;
  controls: Record<string, Expected>;
}
interface Result {
  controlId: string;
  ruleId: string;
  status: Status;
  target: { kind: string; name: string };
  location?: { file: string; startLine: number; startColumn?: number };
  message: string;
}
interface Report {
  benchmark: { id: string };
  scan: { nodes: string[]; serverVersion?: string };
  results: Result[];
  errors: unknown[];
}
interface Scanned {
  node: MatrixNode;
  nodeBundle: string;
  clusterBundle: string;
  bundles: Map<string, Bundle>;
  code: number;
  report: Report;
}

const EXPECTED_FILE = fromRoot('test', 'e2e', 'kubeadm-matrix.expected.json');
const expected = JSON.parse(fs.readFileSync(EXPECTED_FILE, 'utf8')) as { bundles: Record<string, ExpectedBundle> };
const statusOf = (e: Expected): Status => (typeof e === 'string' ? e : e.status);
const SECTIONS_1_TO_4 = /^[1-4](\.|$)/;
/** Resources the cluster bundle is limited to: what sections 1-4 read from the API (kube-proxy's ConfigMap, the Node). */
const CLUSTER_RESOURCES = 'namespaces,nodes,configmaps,daemonsets.apps';
/** Collection time of every bundle: 2025-01-15T09:00:00Z. */
const EPOCH = '1736931600';

const test = suite('e2e: kubeadm version matrix (collector -> bundle -> CLI)');
const scanned = new Map<string, Scanned>();
let base = '';

/** Runs at most `limit` jobs at a time (the collectors are shell scripts; two cores are all CI has). */
async function pool<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const out: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      out[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, jobs.length) }, worker));
  return out;
}

function benchmarkControls(id: string): string[] {
  const b = JSON.parse(fs.readFileSync(fromRoot('lib', 'data', 'benchmarks', `${id}.json`), 'utf8')) as { recommendations: { id: string; section: string }[] };
  return b.recommendations.filter((r) => SECTIONS_1_TO_4.test(r.section)).map((r) => r.id);
}

test.before(async () => {
  base = tempDir('kubecis-matrix-');
  const tmp = path.join(base, 'tmp');
  fs.mkdirSync(tmp);
  const env = { SOURCE_DATE_EPOCH: EPOCH, TMPDIR: tmp, HOME: base, KUBECONFIG: '' };
  const nodes = MATRIX_VERSIONS.flatMap((v) => VARIANTS.map((variant) => buildKubeadmNode(base, v, variant)));
  const servers = await Promise.all(nodes.map((n) => startFakeApiServer({ objects: n.objects, gitVersion: n.version.kubernetes })));
  const out = (n: MatrixNode, kind: string) => path.join(base, `${n.key}-${kind}.tar.gz`);
  try {
    const jobs = nodes.flatMap((n, i) => [
      async () => {
        const r = await run(SHELLS.dash, COLLECTOR, [
          'node', '--root', n.root, '--proc', n.proc, '--cluster-name', n.clusterName, '--exec-versions', '--out', out(n, 'node'),
        ], env);
        assert.is(r.code, 0, `node collection of ${n.key} failed: ${r.stderr}`);
      },
      async () => {
        const kc = servers[i].writeKubeconfig(path.join(base, `${n.key}.kubeconfig`), { cluster: n.clusterName, context: `admin@${n.clusterName}` });
        const r = await run(SHELLS.dash, COLLECTOR, ['cluster', '--kubeconfig', kc, '--resources', CLUSTER_RESOURCES, '--out', out(n, 'cluster')], env);
        assert.is(r.code, 0, `cluster collection of ${n.key} failed: ${r.stderr}`);
      },
    ]);
    await pool(jobs, 4);
  } finally {
    await Promise.all(servers.map((s) => s.close()));
  }
  for (const n of nodes) {
    const nodeBundle = out(n, 'node');
    const clusterBundle = out(n, 'cluster');
    const r = runCli(['scan', '--format', 'json', '--benchmark', n.version.benchmark, nodeBundle, clusterBundle]);
    assert.ok(r.code === 0 || r.code === 1, `scan of ${n.key} exited ${r.code}: ${r.stderr}`);
    const bundles = new Map([[nodeBundle, await readBundle(nodeBundle)], [clusterBundle, await readBundle(clusterBundle)]]);
    scanned.set(n.key, { node: n, nodeBundle, clusterBundle, bundles, code: r.code, report: JSON.parse(r.stdout) as Report });
  }
});
test.after(() => {
  if (base) fs.rmSync(base, { recursive: true, force: true });
});

test('the expectations table covers exactly the six bundles of the matrix', () => {
  assert.equal(Object.keys(expected.bundles).sort(), MATRIX_VERSIONS.flatMap((v) => VARIANTS.map((x) => `v1.${v.minor}-${x}`)).sort());
});

for (const version of MATRIX_VERSIONS) {
  for (const variant of VARIANTS) {
    const key = `v1.${version.minor}-${variant}`;
    const get = () => {
      const s = scanned.get(key);
      if (!s) throw new Error(`${key} was not scanned`);
      return s;
    };
    const ofSections = (s: Scanned) => s.report.results.filter((r) => SECTIONS_1_TO_4.test(r.controlId));

    test(`${key}: bundles as collected (schema, components, versions) and loaded without errors`, () => {
      const s = get();
      const nb = s.bundles.get(s.nodeBundle)!;
      const cb = s.bundles.get(s.clusterBundle)!;
      assert.equal(bundleProblems(nb), []);
      assert.equal(bundleProblems(cb), []);
      assert.equal(nb.json.node, { name: s.node.name, roles: ['control-plane', 'worker'] });
      // Versions from the manifests' image tags, and the kubelet's from running it (--exec-versions).
      assert.equal(nb.json.components.map((c) => [c.name, c.version ?? null]), [
        ['apiserver', version.kubernetes], ['controllermanager', version.kubernetes], ['scheduler', version.kubernetes],
        ['etcd', version.etcd], ['kubelet', version.kubernetes], ['proxy', null],
      ]);
      assert.ok(cb.members.has('cluster/resources/configmaps.core.yaml'), 'the cluster bundle has the kube-system ConfigMaps');
      assert.is(s.report.benchmark.id, version.benchmark);
      assert.equal(s.report.scan.nodes, [s.node.name]);
      assert.is(s.report.scan.serverVersion, version.kubernetes);
      assert.equal(s.report.errors, []);
    });

    test(`${key}: every control of sections 1-4 of ${version.benchmark} appears exactly once`, () => {
      const s = get();
      const want = benchmarkControls(version.benchmark);
      const seen = ofSections(s).map((r) => r.controlId);
      assert.equal([...seen].sort(), [...want].sort(), 'one result per control, for the benchmark\'s controls only');
      assert.equal(Object.keys(expected.bundles[key].controls).sort(), [...want].sort(), 'the expectations list the same controls');
      assert.is(expected.bundles[key].benchmark, version.benchmark);
    });

    test(`${key}: status of every control as written down`, () => {
      const s = get();
      const byId = new Map(ofSections(s).map((r) => [r.controlId, r]));
      const diff: string[] = [];
      for (const [id, e] of Object.entries(expected.bundles[key].controls)) {
        const r = byId.get(id);
        if (r?.status !== statusOf(e)) diff.push(`${id} ${r?.ruleId ?? '?'}: want ${statusOf(e)}, got ${r?.status} (${r?.message ?? ''})`);
        else if (typeof e === 'object' && e.because && !new RegExp(e.because).test(r.message)) diff.push(`${id}: message does not match /${e.because}/: ${r.message}`);
      }
      assert.equal(diff, [], `verdicts differ:\n${diff.join('\n')}`);
    });

    test(`${key}: every disagreement with the benchmark and every missing rule is explained`, () => {
      const unexplained = Object.entries(expected.bundles[key].controls)
        .filter(([, e]) => typeof e === 'object' && (e.intended !== undefined || e.missingRule !== undefined) && !e.note)
        .map(([id]) => id);
      assert.equal(unexplained, []);
    });

    test(`${key}: every finding points at a member and line of the bundles`, () => {
      const s = get();
      const problems: string[] = [];
      for (const r of ofSections(s)) {
        const e = expected.bundles[key].controls[r.controlId];
        if (typeof e === 'object' && e.missingRule) continue; // the engine's "rule missing" result names no place
        if (!r.location) {
          // Only the cluster-wide guidance of 3.1 may have nothing to point at.
          if (r.target.kind !== 'Cluster' || !/^3\.1\./.test(r.controlId)) problems.push(`${r.controlId} (${r.status}) has no location`);
          continue;
        }
        const bang = r.location.file.indexOf('!');
        const bundle = r.location.file.slice(0, bang);
        const member = r.location.file.slice(bang + 1);
        const b = s.bundles.get(bundle);
        const place = /^(files\/.+|processes\/[a-z]+\.(cmdline|env)|stats\.tsv)$/.test(member) || (bundle === s.clusterBundle && /^cluster\/resources\/.+\.yaml$/.test(member));
        if (bang < 0 || !b || !place) {
          problems.push(`${r.controlId} points at ${r.location.file}`);
          continue;
        }
        const data = b.members.get(member);
        if (!data) {
          problems.push(`${r.controlId} points at ${member}, which the bundle does not have`);
          continue;
        }
        const lines = data.toString('utf8').split(member.endsWith('.cmdline') ? '\0' : '\n').length;
        if (!(r.location.startLine >= 1 && r.location.startLine <= lines)) problems.push(`${r.controlId} points at line ${r.location.startLine} of ${member} (${lines} lines)`);
      }
      assert.equal(problems, []);
    });

    if (variant === 'hardened') {
      test(`${key}: no error results but those of rules this build lacks`, () => {
        const s = get();
        const errors = ofSections(s).filter((r) => r.status === 'error');
        const unexplained = errors.filter((r) => {
          const e = expected.bundles[key].controls[r.controlId];
          return !(typeof e === 'object' && e.missingRule === r.ruleId && r.message === `rule "${r.ruleId}" is not part of this build of kubecis`);
        });
        assert.equal(unexplained.map((r) => `${r.controlId}: ${r.message}`), []);
      });
    }
  }
}

test.run();
