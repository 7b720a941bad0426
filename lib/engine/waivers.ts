// Waivers: accepted exceptions. A waived result keeps its place with status `waived` and the waiver attached.
//
// - A waiver names a control (`5.2.2`, of the benchmark scanned) or a rule (`pod-privileged-containers`, stable across
//   benchmark versions), optional selectors (namespace, kind, name, node, cluster; globs), a reason, an owner and
//   the last day it applies. It accepts `fail` and `manual` results only: an `error` means the control could not be
//   judged, and waiving it would hide that.
// - An expired waiver (scan date after `expires`; the scan date comes from bin/) no longer applies and is reported.
// - A waiver in force that matches no fail or manual result is reported as stale.
// - Annotation `kubecis.io/waive: "<control or rule>: <reason>"` (one per line) waives that object's own results.
import { picomatchLib } from '../lazy.js';
import type { Resource } from '../model/types.js';
import type { AppliedWaiver, Report, ReportError, Result, ResultTarget, WaiverRef } from '../report/types.js';
import { frameworkView } from '../frameworks.js';
import { withResults } from './baseline.js';

export const WAIVE_ANNOTATION = 'kubecis.io/waive';

/** A waiver as read from a waivers file (already schema-checked) or an annotation. */
export interface Waiver extends WaiverRef {
  /** For annotations: the exact object it sits on (kind, namespace, name, cluster must match exactly). */
  readonly target?: ResultTarget;
}

const SELECTORS = ['namespace', 'kind', 'name', 'node', 'cluster'] as const;
const CONTROL_RE = /^[0-9]+(\.[0-9]+)*$/;
const RULE_RE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Waivers from `kubecis.io/waive` annotations; a malformed annotation is an input error naming its line. */
export function annotationWaivers(resources: readonly Resource[]): { waivers: Waiver[]; errors: ReportError[] } {
  const waivers: Waiver[] = [];
  const errors: ReportError[] = [];
  for (const r of resources) {
    const meta = r.obj.metadata as { annotations?: Record<string, unknown> } | undefined;
    const value = meta?.annotations?.[WAIVE_ANNOTATION];
    if (value === undefined) continue;
    const loc = r.locate(['metadata', 'annotations', WAIVE_ANNOTATION]);
    const source = `${loc.file}:${loc.line}`;
    if (typeof value !== 'string') {
      errors.push({ file: loc.file, line: loc.line, message: `annotation "${WAIVE_ANNOTATION}" must be a string "<control or rule>: <reason>"` });
      continue;
    }
    for (const line of value.split('\n').map((l) => l.trim()).filter(Boolean)) {
      const i = line.indexOf(':');
      const what = i > 0 ? line.slice(0, i).trim() : '';
      const reason = i > 0 ? line.slice(i + 1).trim() : '';
      const isControl = CONTROL_RE.test(what);
      if (!reason || (!isControl && !RULE_RE.test(what))) {
        errors.push({ file: loc.file, line: loc.line, message: `annotation "${WAIVE_ANNOTATION}" must read "<control or rule>: <reason>", e.g. "5.2.2: needs host devices"` });
        continue;
      }
      const target: ResultTarget = {
        kind: r.kind,
        ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
        name: r.name,
        ...(r.cluster !== undefined ? { cluster: r.cluster } : {}),
      };
      waivers.push({ ...(isControl ? { control: what } : { rule: what }), reason, source: `${source} (annotation ${WAIVE_ANNOTATION})`, target });
    }
  }
  return { waivers, errors };
}

function globMatch(pattern: string | undefined, value: string | undefined): boolean {
  if (pattern === undefined) return true;
  if (value === undefined) return false;
  return picomatchLib().isMatch(value, pattern, { dot: true, nobrace: false });
}

function matches(w: Waiver, r: Result, clusterName: string | undefined): boolean {
  if (w.control !== undefined && w.control !== r.controlId) return false;
  if (w.rule !== undefined && w.rule !== r.ruleId) return false;
  const t = r.target;
  if (w.target) {
    const a = w.target;
    return a.kind === t.kind && a.name === t.name && (a.namespace ?? '') === (t.namespace ?? '') && (a.cluster ?? '') === (t.cluster ?? '');
  }
  const values: Record<(typeof SELECTORS)[number], string | undefined> = {
    namespace: t.namespace ?? (t.kind === 'Namespace' ? t.name : undefined),
    kind: t.kind,
    name: t.name,
    node: t.node ?? (t.kind === 'Node' ? t.name : undefined),
    cluster: t.cluster ?? clusterName,
  };
  return SELECTORS.every((k) => globMatch(w[k], values[k]));
}

export function waiverRef(w: Waiver): WaiverRef {
  return {
    ...(w.control !== undefined ? { control: w.control } : {}),
    ...(w.rule !== undefined ? { rule: w.rule } : {}),
    ...(w.target
      ? {
          ...(w.target.namespace !== undefined ? { namespace: w.target.namespace } : {}),
          kind: w.target.kind,
          name: w.target.name,
          ...(w.target.cluster !== undefined ? { cluster: w.target.cluster } : {}),
        }
      : Object.fromEntries(SELECTORS.filter((k) => w[k] !== undefined).map((k) => [k, w[k] as string]))),
    reason: w.reason,
    ...(w.owner !== undefined ? { owner: w.owner } : {}),
    ...(w.expires !== undefined ? { expires: w.expires } : {}),
    source: w.source,
  };
}

export interface WaiverOptions {
  /** File waivers first (in file order), then annotation waivers; the first that matches a result applies. */
  readonly waivers: readonly Waiver[];
  /** The scan date (YYYY-MM-DD, UTC), passed in by bin/. */
  readonly today: string;
  /** Input errors to add to the report (e.g. malformed annotations). */
  readonly errors?: readonly ReportError[];
}

/** Apply waivers: fail and manual results they match become `waived`; expired and stale waivers are listed. */
export function applyWaivers(report: Report, o: WaiverOptions): Report {
  const inForce = o.waivers.filter((w) => w.expires === undefined || w.expires >= o.today);
  const expired = o.waivers.filter((w) => w.expires !== undefined && w.expires < o.today);
  const used = new Set<Waiver>();
  const results = report.results.map((r): Result => {
    if (r.status !== 'fail' && r.status !== 'manual') return r;
    const w = inForce.find((x) => matches(x, r, report.scan?.clusterName));
    if (!w) return r;
    used.add(w);
    const waiver: AppliedWaiver = {
      reason: w.reason,
      ...(w.owner !== undefined ? { owner: w.owner } : {}),
      ...(w.expires !== undefined ? { expires: w.expires } : {}),
      source: w.source,
      status: r.status,
    };
    return { ...r, status: 'waived', waiver };
  });
  const stale = inForce.filter((w) => !used.has(w));
  const views = report.frameworkViews?.map((v) => frameworkView(results, v.framework.id, report.controls));
  const errors = [...report.errors, ...(o.errors ?? [])];
  const out = withResults({ ...report, errors }, results, {
    waivers: { expired: expired.map(waiverRef), stale: stale.map(waiverRef) },
    ...(views ? { frameworkViews: views } : {}),
  });
  return out;
}
