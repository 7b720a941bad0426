// The documented in-cluster flow, run for real: kubecis-collect-in-cluster.sh creates a Job per node against the
// fake API server (whose emulated kubelet runs the real collector on the fixture nodes), reads every bundle back
// from the pod logs, collects the cluster bundle and removes everything it created.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { startFakeApiServer, type FakeApiServer } from '../helpers/fake-apiserver.js';
import { buildControlPlane, buildWorker } from '../fixtures/roots/build.js';
import { canaryNeedles } from '../fixtures/roots/canaries.js';
import { CLUSTER_NAME, SERVER_VERSION, clusterConfigz, clusterObjects } from './fixtures/cluster.js';
import { kubeletEmulator, type Emulator } from './kubelet-emulator.js';
import { IN_CLUSTER, SHELLS, bundleProblems, leaked, readBundle, run, tempDir } from './support.js';

const test = suite('collector: in-cluster Jobs');

let base = '';
let api: FakeApiServer;
let emu: Emulator;

test.before(async () => {
  base = tempDir('kubecis-incluster-');
  const nodes = { 'cp-1': buildControlPlane(base), 'worker-1': buildWorker(base) };
  emu = kubeletEmulator(nodes, path.join(base, 'pods'));
  api = await startFakeApiServer({
    objects: clusterObjects(), configz: clusterConfigz(), gitVersion: SERVER_VERSION, onCreate: emu.onCreate,
  });
});
test.after(async () => {
  await emu.settled();
  await api.close();
  fs.rmSync(base, { recursive: true, force: true });
});

test('every node bundle and the cluster bundle, then a clean namespace', async () => {
  const kc = api.writeKubeconfig(path.join(base, 'kubeconfig'), { cluster: CLUSTER_NAME });
  const out = path.join(base, 'out');
  const r = await run(SHELLS.dash, IN_CLUSTER, [
    '--image', 'registry.example.internal/library/busybox:1.36', '--kubeconfig', kc, '--out-dir', out,
    '--interval', '1', '--timeout', '60', '--validate', 'false',
  ], { HOME: base, TMPDIR: base });
  assert.is(r.code, 0, r.stderr);
  assert.match(r.stderr, 'node bundles: 2 collected, 0 failed');
  assert.equal(fs.readdirSync(out).sort(), ['kubecis-cluster.tar.gz', 'kubecis-node-cp-1.tar.gz', 'kubecis-node-worker-1.tar.gz']);

  for (const [node, roles] of [['cp-1', ['control-plane', 'worker']], ['worker-1', ['worker']]] as const) {
    const b = await readBundle(path.join(out, `kubecis-node-${node}.tar.gz`));
    assert.equal(bundleProblems(b), [], node);
    assert.is(b.json.collectedFrom, 'pod');
    assert.equal(b.json.node, { name: node, roles: [...roles] });
    assert.equal(leaked(b.raw, canaryNeedles()), []);
  }
  const c = await readBundle(path.join(out, 'kubecis-cluster.tar.gz'));
  assert.equal(bundleProblems(c), []);
  assert.is(c.json.cluster.name, CLUSTER_NAME);

  // What was sent: the namespace (Pod Security "privileged"), the ConfigMap with the collector, a Job per node.
  const kinds = emu.created.map((o) => `${o.kind}/${o.metadata.name}`);
  assert.equal(kinds.filter((k) => !k.startsWith('Job/')), ['Namespace/kubecis', 'ConfigMap/kubecis-collector']);
  const jobs = emu.created.filter((o) => o.kind === 'Job') as unknown as { spec: { template: { spec: Record<string, unknown> & { containers: { image: string }[] } } } }[];
  assert.equal(jobs.map((j) => j.spec.template.spec.nodeName), ['cp-1', 'worker-1']);
  for (const j of jobs) {
    assert.is(j.spec.template.spec.containers[0].image, 'registry.example.internal/library/busybox:1.36');
    assert.is(j.spec.template.spec.hostPID, true);
  }
  // Clean-up: nothing of ours is left.
  await emu.settled();
  assert.equal(api.list('batch/v1', 'Job'), []);
  assert.is(api.get('v1', 'ConfigMap', 'kubecis-collector', 'kubecis'), undefined);
  assert.is(api.get('v1', 'Namespace', 'kubecis'), undefined);
  assert.equal(api.list('v1', 'Pod').filter((p) => p.metadata.namespace === 'kubecis'), []);
});

test('a missing --image is a usage error', async () => {
  const r = await run(SHELLS.dash, IN_CLUSTER, ['--out-dir', path.join(base, 'x')], { HOME: base });
  assert.is(r.code, 2);
  assert.match(r.stderr, '--image is required');
});

test.run();
