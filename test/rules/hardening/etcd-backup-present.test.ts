// etcd-backup-present: a backup CronJob, Velero Schedule or node timer, judged for recency against the collection time.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/etcd-backup-present.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';
import { snapshotOfFacts, withArgs } from '../../helpers/node-facts.js';
import { evaluateRule, makeContext } from '../../../lib/engine/run.js';
import { deepFreeze } from '../../../lib/model/parse.js';
import type { BundleInfo } from '../../../lib/model/types.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-cronjob-snapshot.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'fail-cronjob-suspended.yaml', want: [{ name: 'cluster', status: 'fail', line: 18, column: 12 }] },
  { fixture: 'fail-velero-paused.yaml', want: [{ name: 'cluster', status: 'fail', line: 7, column: 11 }] },
  { fixture: 'manual-no-backup-job.yaml', want: [{ name: 'cluster', status: 'manual' }] },
];

const test = suite('etcd-backup-present');
for (const { fixture, want } of cases) test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));

/** The rule over YAML resources (and nodes) with a cluster bundle collected at `finishedAt`. */
function judge(resources: string, finishedAt?: string, options: Record<string, unknown> = {}, nodes = snapshotOfFacts({}).nodes) {
  const base = snapshotOfFacts({ resources });
  const bundles: BundleInfo[] = finishedAt ? [{ file: 'cluster.tgz', mode: 'cluster', formatVersion: 1, finishedAt, warnings: [] }] : [];
  const snapshot = deepFreeze({ ...base, nodes, bundles });
  const [ev] = evaluateRule(rule, makeContext(snapshot, 'kubecis-hardening', undefined, options));
  return ev.verdict;
}

const CRONJOB = (status: string) => `apiVersion: batch/v1
kind: CronJob
metadata: {name: etcd-backup, namespace: kube-system}
spec:
  schedule: "@daily"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
          - name: backup
            image: registry.k8s.io/etcd:3.5.15-0
            command: [etcdctl, snapshot, save, /backup/snap.db]
${status}`;

test('recency: the last success is compared with the collection time', () => {
  const recent = judge(CRONJOB('status: {lastSuccessfulTime: "2026-03-01T06:00:00Z"}'), '2026-03-01T10:00:05Z');
  assert.equal([recent.status, recent.message], ['pass', 'CronJob "kube-system/etcd-backup" last succeeded 4 hours before collection']);
  const stale = judge(CRONJOB('status: {lastSuccessfulTime: "2026-02-25T06:00:00Z"}'), '2026-03-01T10:00:05Z');
  assert.equal([stale.status, stale.message, stale.loc?.line], ['fail', 'the last successful backup of CronJob "kube-system/etcd-backup" was 100 hours before collection, more than 48', 14]);
  const allowed = judge(CRONJOB('status: {lastSuccessfulTime: "2026-02-25T06:00:00Z"}'), '2026-03-01T10:00:05Z', { etcdBackupMaxAgeHours: 168 });
  assert.is(allowed.status, 'pass');
  const never = judge(CRONJOB('status: {lastScheduleTime: "2026-03-01T00:00:00Z"}'), '2026-03-01T10:00:05Z');
  assert.equal([never.status, never.message], ['fail', 'CronJob "kube-system/etcd-backup" has no successful run recorded at collection time']);
});

test('Velero schedules count, with status.lastBackup', () => {
  const v = judge('apiVersion: velero.io/v1\nkind: Schedule\nmetadata: {name: nightly, namespace: velero}\nspec: {schedule: "0 2 * * *"}\nstatus: {lastBackup: "2026-03-01T02:00:00Z"}\n', '2026-03-01T10:00:05Z');
  assert.equal([v.status, v.message], ['pass', 'Velero Schedule "velero/nightly" last succeeded 8 hours before collection']);
});

test('workers only, no etcd anywhere: a managed control plane', () => {
  const v = judge('apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n', undefined, {}, snapshotOfFacts({ nodes: [withArgs('kubelet', [], { name: 'w1', roles: ['worker'] })] }).nodes);
  assert.is(v.status, 'not-applicable');
});

test('the manual message says what to check', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'manual-no-backup-job.yaml'));
  assert.match(ev.verdict.message, /where the snapshots are stored, and when a restore was last tested$/);
});
test.run();
