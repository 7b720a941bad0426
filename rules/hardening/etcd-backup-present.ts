// etcd is backed up on a schedule (CronJob running etcdctl snapshot save, a Velero Schedule, or a node's systemd timer) and the last run is recent.
import { defineRule, fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { Field } from '../../lib/rule/field.js';
import { imagesOf } from '../../lib/rule/image.js';
import type { ClusterTarget, RuleContext, Verdict } from '../../lib/rule/types.js';
import { containersOf } from '../../lib/rule/workload.js';
import type { ConfigFile, NodeFacts, Resource } from '../../lib/model/types.js';

/** Default longest gap since the last successful backup (option `etcdBackupMaxAgeHours`). */
export const DEFAULT_MAX_AGE_HOURS = 48;
const SNAPSHOT_CMD = /\betcdctl\b[^\n]*\bsnapshot\s+save\b/;

function commandText(c: ReturnType<typeof containersOf>[number]): string {
  const parts = [...c.field.get('command').items(), ...c.field.get('args').items()].map((f) => f.str() ?? '');
  return parts.join(' ');
}

function isEtcdBackupJob(cj: Resource): boolean {
  return containersOf(cj).some((c) => SNAPSHOT_CMD.test(commandText(c))) || imagesOf(cj).some((i) => /etcd-?backup/.test(i.ref?.repository ?? ''));
}

/** Timers on a node whose service runs etcdctl snapshot save. */
function backupTimers(node: NodeFacts): { timer: ConfigFile; service: string }[] {
  const out: { timer: ConfigFile; service: string }[] = [];
  for (const [p, cf] of node.configFiles) {
    if (!p.startsWith('/etc/systemd/system/') || !p.endsWith('.timer') || cf.text === undefined) continue;
    const unit = /^\s*Unit\s*=\s*(\S+)/m.exec(cf.text)?.[1] ?? `${p.slice(p.lastIndexOf('/') + 1, -'.timer'.length)}.service`;
    const svc = node.configFiles.get(`/etc/systemd/system/${unit}`)?.text;
    if (svc && SNAPSHOT_CMD.test(svc)) out.push({ timer: cf, service: unit });
  }
  return out;
}

/** The collection time of the input (latest bundle finish), the only clock a rule may use. */
function collectedAt(ctx: RuleContext): number | undefined {
  const times = ctx.snapshot.bundles.map((b) => Date.parse(b.finishedAt ?? b.startedAt ?? '')).filter((t) => !Number.isNaN(t));
  return times.length ? Math.max(...times) : undefined;
}

function recency(what: string, last: Field, paused: Field, ctx: RuleContext, at: Resource): Verdict {
  if (paused.value === true) return fail(paused, `${what} is ${paused.path[paused.path.length - 1] === 'paused' ? 'paused' : 'suspended'}, so no backups are taken`);
  const now = collectedAt(ctx);
  if (now === undefined) return pass(at.loc, `${what} takes etcd backups (recency is judged on cluster dumps, which carry a collection time)`);
  const max = typeof ctx.options.etcdBackupMaxAgeHours === 'number' ? ctx.options.etcdBackupMaxAgeHours : DEFAULT_MAX_AGE_HOURS;
  const t = Date.parse(last.str() ?? '');
  if (Number.isNaN(t)) return fail(last.exists ? last : Field.of(at, 'metadata', 'name'), `${what} has no successful run recorded at collection time`);
  const hours = Math.floor((now - t) / 3_600_000);
  if (hours > max) return fail(last, `the last successful backup of ${what} was ${hours} hours before collection, more than ${max}`);
  return pass(at.loc, `${what} last succeeded ${Math.max(hours, 0)} hours before collection`);
}

export default defineRule<ClusterTarget>({
  id: 'etcd-backup-present',
  title: 'etcd is backed up on a schedule and the last backup is recent',
  assessment: 'automated',
  notes:
    'Evidence, in order: a CronJob whose container runs "etcdctl ... snapshot save" (or an etcd-backup image), a Velero Schedule, a systemd ' +
    'timer on a node whose service runs etcdctl snapshot save (copied by the node collector). A suspended or paused schedule fails; with a ' +
    `collection time (bundles), status.lastSuccessfulTime (Velero: status.lastBackup) older than ${DEFAULT_MAX_AGE_HOURS} hours fails ` +
    '(option etcdBackupMaxAgeHours). Timers carry no run history, and backups taken outside the cluster leave no trace in it: both are manual. ' +
    'Nodes without etcd (a managed control plane) make the check not applicable.',
  severity: 'high',
  scope: { cluster: true },
  frameworks: { mitreAttack: ['T1485', 'T1490'] },
  rationale: 'etcd holds every object of the cluster; without a recent snapshot a disk failure, a bad upgrade or ransomware on the control plane means rebuilding the cluster from scratch.',
  remediation: 'Schedule etcdctl snapshot save (a CronJob on the control-plane nodes or a systemd timer) with the snapshot copied off the node, alert when it has not succeeded for a day, and test restores.',

  evaluate(_cluster, ctx) {
    const jobs = ctx.index.topLevel(['CronJob']).filter(isEtcdBackupJob);
    if (jobs.length > 0) {
      const cj = jobs[0];
      return recency(`CronJob "${cj.namespace ?? 'default'}/${cj.name}"`, Field.of(cj, 'status', 'lastSuccessfulTime'), Field.of(cj, 'spec', 'suspend'), ctx, cj);
    }
    const schedules = ctx.index.byKind('Schedule').filter((s) => s.apiVersion.startsWith('velero.io/'));
    if (schedules.length > 0) {
      const s = schedules[0];
      return recency(`Velero Schedule "${s.namespace ?? 'default'}/${s.name}"`, Field.of(s, 'status', 'lastBackup'), Field.of(s, 'spec', 'paused'), ctx, s);
    }
    for (const node of ctx.snapshot.nodes) {
      const t = backupTimers(node)[0];
      if (t) return manual(`systemd timer "${t.timer.path}" on node "${node.name}" runs etcdctl snapshot save through "${t.service}"; its last run is not in the bundle: check "systemctl list-timers" and the snapshot files`, t.timer.loc);
    }
    const etcdHere = ctx.snapshot.nodes.some((n) => n.components.etcd) || ctx.index.byKind('Pod').some((p) => p.namespace === 'kube-system' && /^etcd-/.test(p.name));
    if (!etcdHere && ctx.snapshot.nodes.length > 0 && !ctx.snapshot.nodes.some((n) => n.roles.includes('control-plane'))) {
      return notApplicable('no etcd runs on the nodes in the input; a managed control plane backs up etcd itself');
    }
    return manual('no etcd backup job was found (no CronJob running etcdctl snapshot save, no Velero Schedule, no systemd timer on the collected nodes); check for backups taken outside the cluster, where the snapshots are stored, and when a restore was last tested');
  },
});
