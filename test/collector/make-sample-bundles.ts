// Regenerates snapshots/bundles/: the real collector run against the fixture nodes cp-1 and worker-1 and against
// the fake API server serving the same small cluster. `npm run snapshots:bundles`; byte-for-byte reproducible.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeApiServer } from '../helpers/fake-apiserver.js';
import { buildControlPlane, buildWorker } from '../fixtures/roots/build.js';
import { CLUSTER_NAME, SERVER_VERSION, clusterConfigz, clusterObjects } from './fixtures/cluster.js';
import { COLLECTOR, REPO, SHELLS, run, tempDir } from './support.js';

export const SAMPLE_DIR = path.join(REPO, 'snapshots/bundles');
export const SAMPLES = ['cp-1.tar.gz', 'worker-1.tar.gz', 'cluster.tar.gz'] as const;
/** Collection time of the samples: 2025-01-15T09:00:00Z. */
const EPOCH = '1736931600';

export async function makeSampleBundles(outDir: string): Promise<void> {
  fs.mkdirSync(outDir, { recursive: true });
  const base = tempDir('kubecis-samples-');
  try {
    const env = { SOURCE_DATE_EPOCH: EPOCH, TMPDIR: base, HOME: base, KUBECONFIG: '' };
    for (const fx of [buildControlPlane(base), buildWorker(base)]) {
      const r = await run(SHELLS.dash, COLLECTOR, [
        'node', '--root', fx.root, '--proc', fx.proc, '--cluster-name', CLUSTER_NAME, '--out', path.join(outDir, `${fx.name}.tar.gz`),
      ], env);
      if (r.code !== 0) throw new Error(`collector failed for ${fx.name}: ${r.stderr}`);
    }
    const api = await startFakeApiServer({ objects: clusterObjects(), configz: clusterConfigz(), gitVersion: SERVER_VERSION, maxPageSize: 50 });
    try {
      const kc = api.writeKubeconfig(path.join(base, 'kubeconfig'), { cluster: CLUSTER_NAME, context: `admin@${CLUSTER_NAME}` });
      const r = await run(SHELLS.dash, COLLECTOR, ['cluster', '--kubeconfig', kc, '--out', path.join(outDir, 'cluster.tar.gz')], env);
      if (r.code !== 0) throw new Error(`cluster collection failed: ${r.stderr}`);
    } finally {
      await api.close();
    }
  } finally {
    fs.rmSync(base, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  makeSampleBundles(SAMPLE_DIR).then(
    () => console.log(`wrote ${SAMPLES.map((s) => path.join('snapshots/bundles', s)).join(', ')}`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
