// snapshots/bundles/: valid, checksummed, secret-free, showing their deliberate weaknesses, and up to date with
// the collector (regenerated here and compared byte for byte; refresh with `npm run snapshots:bundles`).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { canaryNeedles } from '../fixtures/roots/canaries.js';
import { CLUSTER_CANARY } from './fixtures/cluster.js';
import { SAMPLES, SAMPLE_DIR, makeSampleBundles } from './make-sample-bundles.js';
import { bundleProblems, leaked, parseStats, readBundle, tempDir, text, type Bundle } from './support.js';

const test = suite('collector: sample bundles');
const load = (name: string): Promise<Bundle> => readBundle(path.join(SAMPLE_DIR, name));

test('each sample is a valid bundle of the kubecis-sample cluster without any secret', async () => {
  for (const name of SAMPLES) {
    const b = await load(name);
    assert.equal(bundleProblems(b), [], name);
    assert.is(b.json.cluster.name, 'kubecis-sample', name);
    assert.equal(leaked(b.raw, [...canaryNeedles(), ...Object.values(CLUSTER_CANARY)]), [], name);
  }
});

test('the weaknesses the samples are meant to show are in them', async () => {
  const cp = await load('cp-1.tar.gz');
  assert.is(parseStats(text(cp, 'stats.tsv')).get('/etc/kubernetes/pki/front-proxy-client.key')?.mode, '0644');
  assert.not.match(text(cp, 'processes/apiserver.cmdline'), '--profiling=false');
  const w = await load('worker-1.tar.gz');
  assert.match(text(w, 'processes/kubelet.cmdline'), '--anonymous-auth=true\0');
  assert.match(text(w, 'files/etc/sysconfig/kubelet'), 'KUBELET_EXTRA_ARGS=--anonymous-auth=true');
  assert.is(parseStats(text(w, 'stats.tsv')).get('/var/lib/kubelet/config.yaml')?.mode, '0644');
  const c = await load('cluster.tar.gz');
  assert.is(JSON.parse(text(c, 'cluster/nodes/worker-1/configz.json')).kubeletconfig.authentication.anonymous.enabled, true);
  assert.match(text(c, 'cluster/resources/clusterrolebindings.rbac.authorization.k8s.io.yaml'), 'name: ci-deployer');
});

test('the samples are what the current collector produces', async () => {
  const dir = tempDir('kubecis-samples-check-');
  try {
    await makeSampleBundles(dir);
    for (const name of SAMPLES) {
      const same = fs.readFileSync(path.join(dir, name)).equals(fs.readFileSync(path.join(SAMPLE_DIR, name)));
      assert.ok(same, `snapshots/bundles/${name} is stale: run npm run snapshots:bundles`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
