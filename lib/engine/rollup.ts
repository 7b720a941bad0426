// Roll-up over many clusters: per cluster score and failures, per control the share of clusters failing it,
// the worst clusters and controls, and per compliance framework when the controls map to one.
import type { Report, Summary } from '../report/types.js';
import { compareControlIds } from './control-id.js';
import { currentResults } from './baseline.js';
import { complianceScore } from './score.js';
import { summarize } from './run.js';
import { clusterOf, reportTime, type StoredReport } from './trend.js';
import { frameworkView, frameworksForRule, getFramework, compareFrameworkIds, FRAMEWORK_IDS } from '../frameworks.js';

export interface RollupCluster {
  readonly cluster: string;
  readonly time?: string;
  readonly benchmark: string;
  readonly score?: number;
  readonly summary: Summary;
  /** Controls (rules) with at least one failing result. */
  readonly failingControls: number;
  readonly file: string;
}

export interface RollupControl {
  /** Rules are the key: the same rule may carry different control numbers in different benchmarks. */
  readonly ruleId: string;
  readonly controlIds: readonly string[];
  readonly title: string;
  readonly severity: string;
  /** Clusters where the rule produced a decided result (anything but not-applicable). */
  readonly clustersEvaluated: number;
  readonly clustersFailing: number;
  /** clustersFailing / clustersEvaluated, three decimals; 0 when no cluster evaluated it. */
  readonly share: number;
  readonly failingTargets: number;
  readonly failingIn: readonly string[];
}

export interface RollupFrameworkControl {
  readonly id: string;
  readonly title: string;
  readonly clustersEvaluated: number;
  readonly clustersFailing: number;
  readonly share: number;
  readonly failingIn: readonly string[];
}

export interface RollupFramework {
  readonly framework: { readonly id: string; readonly title: string; readonly version: string };
  /** Whether the user asked for it (--framework); others are listed because the results map to them. */
  readonly requested: boolean;
  readonly controls: readonly RollupFrameworkControl[];
  readonly failingControls: number;
}

export interface Rollup {
  readonly kind: 'kubecis-rollup';
  readonly schemaVersion: 1;
  readonly clusters: readonly RollupCluster[];
  readonly controls: readonly RollupControl[];
  /** Cluster names, worst first (lowest score, then most failures), at most 10. */
  readonly worstClusters: readonly string[];
  /** Rule ids, worst first (largest share of clusters failing, then most failing targets), at most 10. */
  readonly worstControls: readonly string[];
  readonly frameworks: readonly RollupFramework[];
}

const WORST = 10;

/** Keep the latest report of each cluster (by collection or scan time; later files win ties). */
export function latestPerCluster(stored: readonly StoredReport[]): StoredReport[] {
  const best = new Map<string, StoredReport>();
  for (const s of stored) {
    const c = clusterOf(s.report);
    const cur = best.get(c);
    if (!cur || (reportTime(s.report) ?? '') >= (reportTime(cur.report) ?? '')) best.set(c, s);
  }
  return [...best.values()];
}

const share = (failing: number, evaluated: number): number => (evaluated === 0 ? 0 : Math.round((failing / evaluated) * 1000) / 1000);

export function buildRollup(stored: readonly StoredReport[], frameworkIds: readonly string[] = []): Rollup {
  const latest = latestPerCluster(stored).sort((a, b) => (clusterOf(a.report) < clusterOf(b.report) ? -1 : 1));
  const clusters: RollupCluster[] = [];
  interface Acc { controlIds: Set<string>; title: string; severity: string; evaluated: Set<string>; failing: Set<string>; targets: number }
  const byRule = new Map<string, Acc>();
  for (const { file, report } of latest) {
    const cluster = clusterOf(report);
    const results = currentResults(report);
    const summary = summarize(results);
    const failingRules = new Set<string>();
    for (const r of results) {
      let a = byRule.get(r.ruleId);
      if (!a) byRule.set(r.ruleId, (a = { controlIds: new Set(), title: r.title, severity: r.severity, evaluated: new Set(), failing: new Set(), targets: 0 }));
      a.controlIds.add(r.controlId);
      if (r.status !== 'not-applicable') a.evaluated.add(cluster);
      if (r.status === 'fail') {
        a.failing.add(cluster);
        a.targets++;
        failingRules.add(r.ruleId);
      }
    }
    const score = complianceScore(results).score;
    const time = reportTime(report);
    clusters.push({
      cluster,
      ...(time ? { time } : {}),
      benchmark: report.benchmark.id,
      ...(score !== undefined ? { score } : {}),
      summary,
      failingControls: failingRules.size,
      file,
    });
  }
  const controls: RollupControl[] = [...byRule.entries()]
    .map(([ruleId, a]) => ({
      ruleId,
      controlIds: [...a.controlIds].sort(compareControlIds),
      title: a.title,
      severity: a.severity,
      clustersEvaluated: a.evaluated.size,
      clustersFailing: a.failing.size,
      share: share(a.failing.size, a.evaluated.size),
      failingTargets: a.targets,
      failingIn: [...a.failing].sort(),
    }))
    .sort((x, y) => compareControlIds(x.controlIds[0] ?? '', y.controlIds[0] ?? '') || (x.ruleId < y.ruleId ? -1 : 1));
  const worstClusters = clusters
    .filter((c) => c.summary.fail > 0)
    .sort((a, b) => (a.score ?? 101) - (b.score ?? 101) || b.summary.fail - a.summary.fail || (a.cluster < b.cluster ? -1 : 1))
    .slice(0, WORST)
    .map((c) => c.cluster);
  const worstControls = controls
    .filter((c) => c.clustersFailing > 0)
    .sort((a, b) => b.share - a.share || b.clustersFailing - a.clustersFailing || b.failingTargets - a.failingTargets || (a.ruleId < b.ruleId ? -1 : 1))
    .slice(0, WORST)
    .map((c) => c.ruleId);

  // Frameworks: the requested ones, and any other the results map to.
  const mapped = new Set<string>(frameworkIds);
  for (const ruleId of byRule.keys()) for (const id of Object.keys(frameworksForRule(ruleId))) mapped.add(id);
  const frameworks: RollupFramework[] = [...mapped]
    .filter((id) => (FRAMEWORK_IDS as readonly string[]).includes(id))
    .sort(compareFrameworkIds)
    .map((id) => {
      const fw = getFramework(id)!;
      const acc = new Map<string, { title: string; evaluated: Set<string>; failing: Set<string> }>();
      for (const { report } of latest) {
        const cluster = clusterOf(report);
        const view = frameworkView(currentResults(report), id, report.controls);
        for (const c of view.controls) {
          let a = acc.get(c.id);
          if (!a) acc.set(c.id, (a = { title: c.title, evaluated: new Set(), failing: new Set() }));
          if (c.status !== 'not-applicable') a.evaluated.add(cluster);
          if (c.status === 'fail') a.failing.add(cluster);
        }
      }
      const list = [...acc.entries()]
        .sort(([a], [b]) => compareFrameworkIds(a, b))
        .map(([cid, a]) => ({
          id: cid,
          title: a.title,
          clustersEvaluated: a.evaluated.size,
          clustersFailing: a.failing.size,
          share: share(a.failing.size, a.evaluated.size),
          failingIn: [...a.failing].sort(),
        }));
      return {
        framework: { id: fw.id, title: fw.title, version: fw.version },
        requested: frameworkIds.includes(id),
        controls: list,
        failingControls: list.filter((c) => c.clustersFailing > 0).length,
      };
    });
  return { kind: 'kubecis-rollup', schemaVersion: 1, clusters, controls, worstClusters, worstControls, frameworks };
}
