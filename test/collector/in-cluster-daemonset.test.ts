// The DaemonSet variant of the in-cluster flow, under busybox sh: one pod per node, bundles read from their logs
// while the pods keep running, an existing namespace reused and kept, a node whose pod never reports timing out.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { startFakeApiServer, type FakeApiServer, type KObject } from '../helpers/fake-apiserver.js';
import { buildWorker } from '../fixtures/roots/build.js';
import { SERVER_VERSION, clusterObjects } from './fixtures/cluster.js';
import { kubeletEmulator, type Emulator } from './kubelet-emulator.js';
import { IN_CLUSTER, SHELLS, bundleProblems, readBundle, run, tempDir } from './support.js';

const test = suite('collector: in-cluster DaemonSet');

let base = '';
let api: FakeApiServer;
let emu: Emulator;

test.before(async () => {
  base = tempDir('kubecis-incluster-ds-');
  // Only worker-1 has a fixture: cp-1's pod never runs, as on a node that cannot pull the image.
  emu = kubeletEmulator({ 'worker-1': buildWorker(base) }, path.join(base, 'pods'));
  const objects: KObject[] = [...clusterObjects(), { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'audit' } }];
  api = await startFakeApiServer({ objects, gitVersion: SERVER_VERSION, onCreate: emu.onCreate });
});
test.after(async () => {
  await emu.settled();
  await api.close();
  fs.rmSync(base, { recursive: true, force: true });
});

test('bundles of the nodes that report, a timeout for the one that does not, DaemonSet removed', async () => {
  const kc = api.writeKubeconfig(path.join(base, 'kubeconfig'));
  const out = path.join(base, 'out');
  const r = await run(SHELLS.busybox, IN_CLUSTER, [
    '--image', 'busybox:1.36', '--kubeconfig', kc, '--out-dir', out, '--namespace', 'audit', '--daemonset',
    '--interval', '1', '--timeout', '3', '--validate', 'false', '--no-cluster',
  ], { HOME: base, TMPDIR: base });
  assert.is(r.code, 1, r.stderr);
  assert.match(r.stderr, 'timed out after 3 s waiting for: cp-1');
  assert.match(r.stderr, 'node bundles: 1 collected, 1 failed');
  assert.equal(fs.readdirSync(out), ['kubecis-node-worker-1.tar.gz']);
  const b = await readBundle(path.join(out, 'kubecis-node-worker-1.tar.gz'));
  assert.equal(bundleProblems(b), []);
  assert.is(b.json.collectedFrom, 'pod');
  assert.is(b.json.node?.name, 'worker-1');
  // The DaemonSet and ConfigMap are gone; the namespace existed before and stays.
  await emu.settled();
  assert.equal(api.list('apps/v1', 'DaemonSet').filter((d) => d.metadata.namespace === 'audit'), []);
  assert.is(api.get('v1', 'ConfigMap', 'kubecis-collector', 'audit'), undefined);
  assert.ok(api.get('v1', 'Namespace', 'audit'));
  assert.ok(emu.created.every((o) => o.kind !== 'Namespace'));
});

test.run();
