// Golden tests: each sample in snapshots/ scanned by the CLI gives the checked-in JSON and SARIF, byte for byte
// (apart from timestamps). Refresh on purpose with UPDATE_GOLDEN=1 npm test, and review the diff.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';

const test = suite('golden/snapshots');
const update = process.env.UPDATE_GOLDEN === '1';
const dir = fromRoot('test', 'golden', 'expected');

const samples: { name: string; args: string[]; stdin?: string }[] = [
  { name: 'manifests', args: ['snapshots/manifests'] },
  { name: 'helm', args: ['-'], stdin: 'snapshots/helm/rendered.yaml' },
  { name: 'cluster-dump', args: ['snapshots/cluster-dump/cluster.yaml'] },
  { name: 'bundles', args: ['snapshots/bundles/cp-1.tar.gz', 'snapshots/bundles/worker-1.tar.gz', 'snapshots/bundles/cluster.tar.gz'] },
];

/** Timestamps of the scan itself are the only fields allowed to differ between runs. */
function normalize(text: string): string {
  return text
    .replace(/("startedAt": )"\d{4}-\d\d-\d\dT[^"]*"(,?)\n(\s*"inputs")/, '$1"<scan time>"$2\n$3')
    .replace(/("(startTimeUtc|endTimeUtc)": )"[^"]*"/g, '$1"<scan time>"');
}

for (const s of samples) {
  for (const format of ['json', 'sarif'] as const) {
    test(`${s.name} (${format})`, () => {
      const input = s.stdin ? readFileSync(fromRoot(s.stdin)) : undefined;
      const first = runCli(['scan', '--format', format, '--fail-on', 'none', ...s.args], { input });
      assert.is(first.code, 0, first.stderr);
      const second = runCli(['scan', '--format', format, '--fail-on', 'none', ...s.args], { input });
      const a = normalize(first.stdout);
      assert.is(a, normalize(second.stdout), 'two scans of the same input must be byte-identical');
      const file = path.join(dir, `${s.name}.${format}`);
      if (update || !existsSync(file)) {
        if (!update) assert.unreachable(`no golden file ${path.relative(fromRoot(), file)}: run UPDATE_GOLDEN=1 npm test and review it`);
        mkdirSync(dir, { recursive: true });
        writeFileSync(file, a);
        return;
      }
      assert.fixture(a, readFileSync(file, 'utf8'));
    });
  }
}

test.run();
