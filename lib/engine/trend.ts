// History and trend: where a report is stored (cluster / time), and score and failures over time per cluster.
import type { Report, Summary } from '../report/types.js';
import { collectedAt, currentResults } from './baseline.js';
import { complianceScore } from './score.js';
import { summarize } from './run.js';

/** A report read back, with the file it came from (display path). */
export interface StoredReport {
  readonly file: string;
  readonly report: Report;
}

/** Cluster a report belongs to: the bundle's cluster name, or `default` for manifests without one. */
export function clusterOf(report: Report): string {
  return report.scan?.clusterName || 'default';
}

/** The time a report stands for: when its evidence was collected, else when it was scanned. */
export function reportTime(report: Report): string | undefined {
  return collectedAt(report) ?? report.scan?.startedAt;
}

/** A file or folder name made only of letters, digits, `.`, `_`, `-`; never empty, never a dot file. */
export function safeName(s: string, fallback = 'default'): string {
  const cleaned = s.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_').slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

/** Where `--history DIR` (and `kubecis watch`) keeps a report: DIR/<cluster>/<time>.json, names made safe. */
export function historyLocation(report: Report): { readonly dir: string; readonly name: string } {
  const time = reportTime(report) ?? 'unknown-time';
  return { dir: safeName(clusterOf(report)), name: safeName(time.replace(/:/g, '-'), 'unknown-time') };
}

export interface TrendPoint {
  /** Collection time when known, else scan time. */
  readonly time: string;
  readonly startedAt?: string;
  readonly collectedAt?: string;
  readonly benchmark: string;
  readonly score?: number;
  readonly summary: Summary;
  readonly file: string;
}

export interface TrendSeries {
  readonly cluster: string;
  readonly points: readonly TrendPoint[];
  /** Change from the first to the last point (score in points, failures in results). */
  readonly change?: { readonly score?: number; readonly fail: number };
}

export interface Trend {
  readonly kind: 'kubecis-trend';
  readonly schemaVersion: 1;
  readonly clusters: readonly TrendSeries[];
}

/** Score and failures over time, one series per cluster (sorted by name), points by time; a repeated time keeps the last file. */
export function buildTrend(stored: readonly StoredReport[]): Trend {
  const byCluster = new Map<string, Map<string, TrendPoint>>();
  for (const { file, report } of stored) {
    const time = reportTime(report);
    if (!time) continue;
    const summary = summarize(currentResults(report));
    const score = complianceScore(currentResults(report)).score;
    const at = collectedAt(report);
    const point: TrendPoint = {
      time,
      ...(report.scan?.startedAt ? { startedAt: report.scan.startedAt } : {}),
      ...(at ? { collectedAt: at } : {}),
      benchmark: report.benchmark.id,
      ...(score !== undefined ? { score } : {}),
      summary,
      file,
    };
    const cluster = clusterOf(report);
    let points = byCluster.get(cluster);
    if (!points) byCluster.set(cluster, (points = new Map()));
    points.set(time, point);
  }
  const clusters = [...byCluster.keys()].sort().map((cluster): TrendSeries => {
    const points = [...byCluster.get(cluster)!.values()].sort((a, b) => (a.time < b.time ? -1 : a.time > b.time ? 1 : 0));
    const first = points[0];
    const last = points[points.length - 1];
    const change = points.length > 1
      ? {
          ...(first.score !== undefined && last.score !== undefined ? { score: Math.round((last.score - first.score) * 10) / 10 } : {}),
          fail: last.summary.fail - first.summary.fail,
        }
      : undefined;
    return { cluster, points, ...(change ? { change } : {}) };
  });
  return { kind: 'kubecis-trend', schemaVersion: 1, clusters };
}
