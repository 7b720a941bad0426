// Drift: match the results of two scans by a stable identity; mark a report against a baseline; diff two reports.
//
// Identity of a result = rule id + target (cluster, kind, namespace, name, node) + field path. Never line numbers
// (they move with unrelated edits) and not the control id (the same rule is renumbered between benchmark versions).
// Results are paired in three passes, each over what the previous one left: (1) identity and control id, so a rule
// listed under two controls pairs with itself; (2) identity; (3) rule id + target alone, because a rule reports one
// verdict per target and its field path follows the verdict (a pass points at the object, a fail at the offending
// field): pass -> fail on the same Deployment is one result whose status changed, not one gone and one new.
import { complianceScore } from './score.js';
import type { BaselineInfo, Report, Result, ResultStatus, Summary } from '../report/types.js';
import { compareResults, summarize } from './run.js';

export type Drift = 'new' | 'unchanged' | 'updated' | 'absent';

function targetKey(r: Result): string {
  const t = r.target;
  return [t.cluster ?? '', t.kind, t.namespace ?? '', t.name, t.node ?? ''].join('\u0001');
}

/** The stable identity of a result (see the file comment). */
export function resultIdentity(r: Result): string {
  return [r.ruleId, targetKey(r), r.fieldPath ?? ''].join('\u0000');
}

const PASSES: readonly ((r: Result) => string)[] = [
  (r) => `${resultIdentity(r)}\u0000${r.controlId}`,
  resultIdentity,
  (r) => `${r.ruleId}\u0000${targetKey(r)}`,
];

export interface Pairing {
  readonly pairs: readonly (readonly [before: Result, after: Result])[];
  /** Only in the old results (gone now). */
  readonly onlyOld: readonly Result[];
  /** Only in the new results. */
  readonly onlyNew: readonly Result[];
}

/** Pair old and new results by identity (three passes, each in input order). */
export function pairResults(before: readonly Result[], after: readonly Result[]): Pairing {
  let oldLeft = [...before];
  let newLeft = [...after];
  const pairs: (readonly [Result, Result])[] = [];
  for (const key of PASSES) {
    const byKey = new Map<string, Result[]>();
    for (const r of oldLeft) {
      const k = key(r);
      const list = byKey.get(k);
      if (list) list.push(r);
      else byKey.set(k, [r]);
    }
    const unpaired: Result[] = [];
    for (const r of newLeft) {
      const match = byKey.get(key(r))?.shift();
      if (match) pairs.push([match, r]);
      else unpaired.push(r);
    }
    newLeft = unpaired;
    oldLeft = [...byKey.values()].flat();
    // Keep input order for what is left, so output does not depend on Map iteration of keys.
    const left = new Set(oldLeft);
    oldLeft = before.filter((r) => left.has(r));
  }
  return { pairs, onlyOld: oldLeft, onlyNew: newLeft };
}

/** Results that belong to a scan (a report made with --baseline also lists the baseline's absent results). */
export function currentResults(report: Report): Result[] {
  return report.results.filter((r) => r.baselineState !== 'absent');
}

/** When the evidence was collected: the earliest bundle start (or end) time, if the input had bundles. */
export function collectedAt(report: Report): string | undefined {
  const times = (report.scan?.bundles ?? []).map((b) => b.startedAt ?? b.finishedAt).filter((t): t is string => typeof t === 'string');
  return times.length ? [...times].sort()[0] : undefined;
}

function strip(r: Result): Result {
  const { baselineState: _b, ...rest } = r;
  return rest;
}

/**
 * Mark every result of `report` as new, unchanged or updated against `baseline`, and add the baseline's results
 * that are gone as `absent` (with the status they had then; they are not counted in the summary). Results stay in
 * engine order.
 */
export function applyBaseline(report: Report, baseline: Report): Report {
  const { pairs, onlyOld, onlyNew } = pairResults(currentResults(baseline), currentResults(report));
  const state = new Map<Result, Drift>();
  for (const [b, a] of pairs) state.set(a, b.status === a.status && (b.fieldPath ?? '') === (a.fieldPath ?? '') ? 'unchanged' : 'updated');
  for (const a of onlyNew) state.set(a, 'new');
  const marked: Result[] = currentResults(report).map((r) => ({ ...strip(r), baselineState: state.get(r) ?? 'new' }));
  const absent: Result[] = onlyOld.map((r) => ({ ...strip(r), baselineState: 'absent' as const }));
  const results = [...marked, ...absent].sort(compareResults);
  const counts = { new: 0, unchanged: 0, updated: 0, absent: 0 };
  for (const r of results) counts[r.baselineState as Drift]++;
  const info: BaselineInfo = {
    ...(baseline.scan?.startedAt ? { startedAt: baseline.scan.startedAt } : {}),
    ...(collectedAt(baseline) ? { collectedAt: collectedAt(baseline) } : {}),
    ...(baseline.scan?.clusterName ? { clusterName: baseline.scan.clusterName } : {}),
    counts,
  };
  return withResults(report, results, { baseline: info });
}

/** A report with new results: summary recomputed, extra top-level fields placed before `errors` (stable key order). */
export function withResults(report: Report, results: Result[], extra: Partial<Pick<Report, 'baseline' | 'waivers' | 'frameworkViews'>> = {}): Report {
  const { errors, summary: _s, baseline, waivers, ...head } = report;
  const frameworkViews = extra.frameworkViews ?? report.frameworkViews;
  const b = extra.baseline ?? baseline;
  const w = extra.waivers ?? waivers;
  return {
    ...head,
    results,
    ...(frameworkViews ? { frameworkViews } : {}),
    summary: summarize(results),
    ...(b ? { baseline: b } : {}),
    ...(w ? { waivers: w } : {}),
    errors,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// diff OLD NEW

/** How bad a status is, for degraded / improved: fail > error > manual = waived > pass = not-applicable. */
const BADNESS: Readonly<Record<string, number>> = { fail: 3, error: 2, manual: 1, waived: 1, pass: 0, 'not-applicable': 0 };

export interface ScanRef {
  readonly startedAt?: string;
  readonly collectedAt?: string;
  readonly clusterName?: string;
  readonly benchmark: string;
  readonly summary: Summary;
  /** Passing share of decided (pass + fail) results, one decimal; absent when nothing was decided. */
  readonly score?: number;
}

export interface ResultState {
  readonly status: ResultStatus;
  readonly controlId: string;
  readonly message: string;
  readonly fieldPath?: string;
  readonly location?: Result['location'];
}

export interface Change {
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Result['severity'];
  readonly target: Result['target'];
  readonly before: ResultState;
  readonly after: ResultState;
}

export interface DiffReport {
  readonly kind: 'kubecis-diff';
  readonly schemaVersion: 1;
  readonly old: ScanRef;
  readonly new: ScanRef;
  readonly counts: {
    readonly degraded: number;
    readonly improved: number;
    readonly changed: number;
    readonly appeared: number;
    readonly vanished: number;
    readonly unchanged: number;
    /** Failing results that appeared, or whose status became fail. */
    readonly newFailures: number;
  };
  /** Same result, worse status (e.g. pass -> fail). */
  readonly degraded: readonly Change[];
  /** Same result, better status (e.g. fail -> pass, fail -> waived). */
  readonly improved: readonly Change[];
  /** Same result, equally bad status or a different field (e.g. pass -> not-applicable, fail on another container). */
  readonly changed: readonly Change[];
  /** Results only in the new scan. */
  readonly appeared: readonly Result[];
  /** Results only in the old scan. */
  readonly vanished: readonly Result[];
}

export function scanRef(report: Report): ScanRef {
  const summary = summarize(currentResults(report));
  const score = complianceScore(currentResults(report)).score;
  const at = collectedAt(report);
  return {
    ...(report.scan?.startedAt ? { startedAt: report.scan.startedAt } : {}),
    ...(at ? { collectedAt: at } : {}),
    ...(report.scan?.clusterName ? { clusterName: report.scan.clusterName } : {}),
    benchmark: report.benchmark.id,
    summary,
    ...(score !== undefined ? { score } : {}),
  };
}

function stateOf(r: Result): ResultState {
  return {
    status: r.status,
    controlId: r.controlId,
    message: r.message,
    ...(r.fieldPath ? { fieldPath: r.fieldPath } : {}),
    ...(r.location ? { location: r.location } : {}),
  };
}

/** What changed from `before` to `after`, both reports of kubecis. */
export function diffReports(before: Report, after: Report): DiffReport {
  const { pairs, onlyOld, onlyNew } = pairResults(currentResults(before), currentResults(after));
  const degraded: Change[] = [];
  const improved: Change[] = [];
  const changed: Change[] = [];
  let unchanged = 0;
  for (const [b, a] of [...pairs].sort((x, y) => compareResults(x[1], y[1]))) {
    if (b.status === a.status && (b.fieldPath ?? '') === (a.fieldPath ?? '')) {
      unchanged++;
      continue;
    }
    const change: Change = { ruleId: a.ruleId, title: a.title, severity: a.severity, target: a.target, before: stateOf(b), after: stateOf(a) };
    const d = (BADNESS[a.status] ?? 0) - (BADNESS[b.status] ?? 0);
    (d > 0 ? degraded : d < 0 ? improved : changed).push(change);
  }
  const appeared = onlyNew.map(strip).sort(compareResults);
  const vanished = onlyOld.map(strip).sort(compareResults);
  const newFailures = appeared.filter((r) => r.status === 'fail').length + degraded.filter((c) => c.after.status === 'fail').length;
  return {
    kind: 'kubecis-diff',
    schemaVersion: 1,
    old: scanRef(before),
    new: scanRef(after),
    counts: { degraded: degraded.length, improved: improved.length, changed: changed.length, appeared: appeared.length, vanished: vanished.length, unchanged, newFailures },
    degraded,
    improved,
    changed,
    appeared,
    vanished,
  };
}
