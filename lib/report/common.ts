// Small helpers shared by the SARIF, HTML and JUnit reporters: target labels, optional-field readers, text limits.
import type { ControlInfo, Report, Result, ResultTarget } from './types.js';

/** How reports name a control: `CIS 5.2.2` for benchmark numbers; a profile's own ids (letter-prefixed, `H1.4`) as they are. */
export function controlLabel(controlId: string): string {
  return /^[A-Z]/.test(controlId) ? controlId : `CIS ${controlId}`;
}

/** Title of the benchmark or profile a control comes from (a profile run with --profile is in report.benchmark.profiles). */
export function controlSourceTitle(report: Report, controlId: string): string {
  const profiles = report.benchmark.profiles ?? [];
  // One profile ships today; with several, ids alone would not tell them apart.
  return /^[A-Z]/.test(controlId) && profiles.length > 0 ? profiles[0].title : report.benchmark.title;
}

/** Drift of a result against a baseline, when the report was compared with one (the drift feature adds it). */
export type BaselineState = 'new' | 'unchanged' | 'updated' | 'absent';

const BASELINE_STATES: ReadonlySet<string> = new Set(['new', 'unchanged', 'updated', 'absent']);

/** The result's `baselineState`, when present and one of the known values. */
export function baselineStateOf(r: Result): BaselineState | undefined {
  const v = (r as { baselineState?: unknown }).baselineState;
  return typeof v === 'string' && BASELINE_STATES.has(v) ? (v as BaselineState) : undefined;
}

/**
 * The `frameworks` map of a result or control (framework id -> mapped ids), as sorted `[framework, ids[]]` pairs.
 * Accepts a string or a list of strings/numbers per framework; anything else is ignored rather than trusted.
 */
export function frameworksOf(x: Result | ControlInfo): [string, string[]][] {
  const raw = (x as { frameworks?: unknown }).frameworks;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: [string, string[]][] = [];
  for (const key of Object.keys(raw).sort()) {
    const v = (raw as Record<string, unknown>)[key];
    const list = Array.isArray(v) ? v : [v];
    const ids: string[] = [];
    for (const item of list) {
      if ((typeof item === 'string' && item !== '') || typeof item === 'number') {
        const s = String(item);
        if (!ids.includes(s)) ids.push(s);
      }
    }
    if (ids.length > 0) out.push([key, ids]);
  }
  return out;
}

/** One-line name of what a result is about: `Deployment "shop/web"`, `Node "worker-1"`, `Namespace "payments"`. */
export function targetLabel(t: ResultTarget): string {
  const kind = t.kind || 'Resource';
  let label: string;
  if (kind === 'Node' || kind === 'Namespace' || kind === 'Cluster') {
    label = `${kind} "${t.name}"`;
  } else {
    label = `${kind} "${t.namespace ? `${t.namespace}/${t.name}` : t.name}"`;
    if (t.node) label += ` on node "${t.node}"`;
  }
  if (t.cluster && kind !== 'Cluster') label += ` in cluster "${t.cluster}"`;
  return label;
}

/** Stable identity of a target, independent of where it was read: used for fingerprints. */
export function targetIdentity(t: ResultTarget): string {
  return [t.cluster ?? '', t.kind, t.namespace ?? '', t.name, t.node ?? ''].join('\u0000');
}

/** Cut `s` to at most `max` UTF-16 units, ending with an ellipsis, without splitting a surrogate pair. */
export function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  let end = max - 1;
  const code = s.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end -= 1;
  return `${s.slice(0, end)}\u2026`;
}

const SEVERITY_RANK: Readonly<Record<string, number>> = { critical: 0, high: 1, medium: 2, low: 3 };

/** 0 for critical up to 3 for low; unknown severities sort last. */
export function severityRank(severity: string): number {
  return SEVERITY_RANK[severity] ?? 4;
}
