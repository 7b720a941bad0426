// The one compliance score every report shows: the share of decided controls that pass. A control takes the
// worst status of its results (fail before error, manual, waived, pass, not-applicable); decided means pass or fail.
import type { Result } from '../report/types.js';

export const STATUS_ORDER: readonly string[] = ['fail', 'error', 'manual', 'waived', 'pass', 'not-applicable'];

function rank(status: string): number {
  const i = STATUS_ORDER.indexOf(status);
  return i === -1 ? STATUS_ORDER.length : i;
}

/** The worst status among results (the status a control shows). */
export function worstStatus(statuses: Iterable<string>): string {
  let worst = 'not-applicable';
  for (const s of statuses) if (rank(s) < rank(worst)) worst = s;
  return worst;
}

export interface ComplianceScore {
  readonly passControls: number;
  readonly failControls: number;
  /** Percent, floored to one decimal; undefined when no control was decided. */
  readonly score?: number;
}

/** Score of current results (results only in a baseline, `absent`, do not count). */
export function complianceScore(results: readonly Result[]): ComplianceScore {
  const byControl = new Map<string, string>();
  for (const r of results) {
    if ((r as { baselineState?: string }).baselineState === 'absent') continue;
    const prev = byControl.get(r.controlId);
    byControl.set(r.controlId, prev === undefined ? r.status : worstStatus([prev, r.status]));
  }
  let passControls = 0;
  let failControls = 0;
  for (const s of byControl.values()) {
    if (s === 'pass') passControls++;
    else if (s === 'fail') failControls++;
  }
  const decided = passControls + failControls;
  return { passControls, failControls, ...(decided > 0 ? { score: Math.floor((passControls / decided) * 1000) / 10 } : {}) };
}
