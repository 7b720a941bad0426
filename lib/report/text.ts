// Text report for terminals: grouped by control, failures first within each control, summary and score at the end.
import type { Status } from '../rule/types.js';
import type { ControlInfo, Report, Result } from './types.js';
import { complianceScore, STATUS_ORDER, worstStatus } from '../engine/score.js';

export interface TextOptions {
  /** ANSI colours; bin/ turns them on only for a TTY without NO_COLOR. */
  readonly color?: boolean;
  /** Also list passing targets (default: only their count). */
  readonly verbose?: boolean;
}

const LABEL: Record<string, string> = {
  fail: 'FAIL',
  pass: 'PASS',
  manual: 'MANUAL',
  'not-applicable': 'N/A',
  error: 'ERROR',
  waived: 'WAIVED',
};

const COLOR: Record<string, string> = {
  fail: '\x1b[31m',
  pass: '\x1b[32m',
  manual: '\x1b[33m',
  'not-applicable': '\x1b[90m',
  error: '\x1b[35m',
  waived: '\x1b[36m',
};

/** Worst first (the order every report uses): the status a control shows is the worst of its results. */
const RANK: Record<string, number> = Object.fromEntries(STATUS_ORDER.map((s, i) => [s, i]));

export function controlStatus(results: readonly Result[]): Status | 'waived' {
  return worstStatus(results.map((r) => r.status)) as Status;
}

/** The compliance score (share of decided controls that pass), as every report shows it. */
export function score(report: Report): number | undefined {
  return complianceScore(report.results).score;
}

export function targetLabel(r: Result): string {
  const t = r.target;
  if (t.kind === 'Node') return `node ${t.name}`;
  if (t.kind === 'Cluster') return t.name === 'cluster' ? 'cluster' : `cluster ${t.name}`;
  if (t.kind === 'Namespace') return `namespace ${t.name}`;
  return `${t.kind} ${t.namespace ? `${t.namespace}/` : ''}${t.name}`;
}

export function locationLabel(r: Result): string {
  const l = r.location;
  if (!l) return '';
  const src = l.helmSource ? ` (from ${l.helmSource})` : '';
  return `${l.file}:${l.startLine}:${l.startColumn}${src}`;
}

/** Strip control characters from input-derived text so a hostile name cannot drive the terminal. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

export function renderText(report: Report, opts: TextOptions = {}): string {
  const c = (status: string, s: string) => (opts.color ? `${COLOR[status] ?? ''}${s}\x1b[0m` : s);
  const bold = (s: string) => (opts.color ? `\x1b[1m${s}\x1b[0m` : s);
  const dim = (s: string) => (opts.color ? `\x1b[2m${s}\x1b[0m` : s);
  const lines: string[] = [];
  lines.push(bold(`kubecis ${report.tool.version} · ${report.benchmark.title} (${report.benchmark.id})`));
  if (report.benchmark.selectedBy) lines.push(dim(`benchmark: ${report.benchmark.selectedBy}`));
  const scanned = [`${report.scan.resources} resources`];
  if (report.scan.nodes.length) scanned.push(`${report.scan.nodes.length} nodes (${report.scan.nodes.join(', ')})`);
  if (report.scan.clusterName) scanned.push(`cluster ${report.scan.clusterName}`);
  if (report.scan.serverVersion) scanned.push(`Kubernetes ${report.scan.serverVersion}`);
  lines.push(dim(`scanned: ${scanned.map(clean).join(', ')}`));
  for (const b of report.scan.bundles) {
    const how = b.mode === 'cluster' ? 'cluster bundle' : `node bundle of ${b.node ?? '?'}${b.collectedFrom === 'pod' ? ', collected from a pod with the host root mounted' : b.collectedFrom === 'host' ? ', collected on the host' : ''}`;
    lines.push(dim(`bundle: ${clean(b.file)} (${clean(how)}${b.finishedAt ? `, ${clean(b.finishedAt)}` : ''})`));
  }
  lines.push('');

  const byControl = new Map<string, Result[]>();
  for (const r of report.results) {
    if (r.baselineState === 'absent') continue; // from the baseline, gone now: listed under drift, not as a result
    const key = `${r.controlId}\u0000${r.ruleId}`;
    let list = byControl.get(key);
    if (!list) byControl.set(key, (list = []));
    list.push(r);
  }
  const info = new Map<string, ControlInfo>(report.controls.map((ci) => [`${ci.controlId}\u0000${ci.ruleId}`, ci]));
  // A section whose every control is not applicable for one reason (e.g. no node bundle in a manifest scan)
  // collapses to one line, so the report shows what was judged.
  const sectionOf = (key: string) => info.get(key)?.section ?? '';
  const naReason = new Map<string, string | null>();
  for (const [key, results] of byControl) {
    const sec = sectionOf(key);
    const reason = results.every((r) => r.status === 'not-applicable') && results.length === 1 ? results[0].message : null;
    if (!naReason.has(sec)) naReason.set(sec, reason);
    else if (naReason.get(sec) !== reason) naReason.set(sec, null);
  }
  let section: string | undefined;
  for (const [key, results] of byControl) {
    const first = results[0];
    const ci = info.get(key);
    const sec = sectionOf(key);
    if (ci && sec !== section) {
      section = sec;
      const collapsed = naReason.get(sec);
      const count = [...byControl.keys()].filter((k) => sectionOf(k) === sec).length;
      lines.push(bold(`${ci.section} ${ci.sectionTitle}`) + (collapsed ? dim(`  ${count} control${count === 1 ? "" : "s"} not applicable: ${clean(collapsed)}`) : ''));
    }
    if (naReason.get(sec)) continue;
    const status = controlStatus(results);
    const counts = countBy(results);
    const tally = Object.entries(counts).map(([s, n]) => `${n} ${LABEL[s]?.toLowerCase() ?? s}`).join(', ');
    lines.push(`${c(status, `[${LABEL[status] ?? status}]`.padEnd(9))} ${first.controlId} ${first.title} ${dim(`(${first.severity}; ${tally})`)}`);
    const shown = results
      .filter((r) => opts.verbose || r.status !== 'pass')
      .sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9));
    for (const r of shown) {
      if (r.status === 'not-applicable' && results.length === 1) {
        lines.push(`          ${dim(clean(r.message))}`);
        continue;
      }
      const where = locationLabel(r);
      lines.push(`          ${c(r.status, (LABEL[r.status] ?? r.status).padEnd(6))} ${clean(targetLabel(r))}${where ? dim(`  ${clean(where)}`) : ''}`);
      lines.push(`                 ${clean(r.message)}`);
      if (r.waiver) lines.push(dim(`                 waived: ${clean(waiverLine(r.waiver))}`));
    }
    if ((status === 'fail' || status === 'manual') && ci?.remediation) {
      lines.push(dim(`          fix: ${ci.remediation}`));
    }
  }
  lines.push('');
  for (const view of report.frameworkViews ?? []) {
    const cov = view.coverage;
    lines.push(bold(`${view.framework.title} (${view.framework.id}) · ${cov.automated} of ${cov.total} mapped controls have an automated check`));
    for (const fc of view.controls) {
      const n = fc.counts;
      const tally = [n.fail && `${n.fail} fail`, n.error && `${n.error} error`, n.manual && `${n.manual} manual`, n.pass && `${n.pass} pass`].filter(Boolean).join(', ');
      lines.push(`${c(fc.status, `[${LABEL[fc.status] ?? fc.status}]`.padEnd(9))} ${fc.id} ${fc.title} ${dim(`(controls ${fc.cisControls.join(', ')}${tally ? `; ${tally}` : ''})`)}`);
    }
    lines.push('');
  }
  lines.push(...driftLines(report, { bold, dim, c }), ...waiverLines(report, { bold, dim, c }));
  if (report.errors.length) {
    lines.push(bold(`Input errors (${report.errors.length})`));
    for (const e of report.errors) lines.push(`  ${clean(e.file)}${e.line ? `:${e.line}` : ''}  ${clean(e.message)}`);
    lines.push('');
  }
  const s = report.summary;
  const sc = complianceScore(report.results);
  lines.push(
    bold('Summary: ') +
      [
        c('pass', `${s.pass} pass`),
        c('fail', `${s.fail} fail`),
        c('manual', `${s.manual} manual`),
        c('not-applicable', `${s.notApplicable} not applicable`),
        c('error', `${s.error} error`),
        ...(s.waived ? [c('waived', `${s.waived} waived`)] : []),
      ].join(', ') +
      (sc.score === undefined ? '' : ` · score ${sc.score}% (${sc.passControls} of ${sc.passControls + sc.failControls} decided controls pass)`),
  );
  return `${lines.join('\n')}\n`;
}

type Paint = { bold: (s: string) => string; dim: (s: string) => string; c: (status: string, s: string) => string };

function waiverLine(w: NonNullable<Result['waiver']>): string {
  const who = [w.owner && `owner ${w.owner}`, w.expires && `until ${w.expires}`].filter(Boolean).join(', ');
  return `${w.reason}${who ? ` (${who})` : ''} · ${w.source}`;
}

/** Drift against the baseline (scan --baseline): counts, then the failures that are new or changed. */
function driftLines(report: Report, p: Paint): string[] {
  const b = report.baseline;
  if (!b) return [];
  const when = [b.startedAt && `scanned ${b.startedAt}`, b.collectedAt && `collected ${b.collectedAt}`].filter(Boolean).join(', ');
  const out = [p.bold(`Drift since the baseline${when ? ` (${when})` : ''}: `) +
    `${b.counts.new} new, ${b.counts.updated} changed, ${b.counts.unchanged} unchanged, ${b.counts.absent} gone`];
  const fresh = report.results.filter((r) => r.status === 'fail' && (r.baselineState === 'new' || r.baselineState === 'updated'));
  for (const r of fresh) {
    const where = locationLabel(r);
    out.push(`  ${p.c('fail', r.baselineState === 'new' ? 'NEW    ' : 'CHANGED')} ${r.controlId} ${clean(targetLabel(r))}${where ? p.dim(`  ${clean(where)}`) : ''}`);
    out.push(`          ${clean(r.message)}`);
  }
  const gone = report.results.filter((r) => r.baselineState === 'absent' && r.status === 'fail').length;
  if (gone) out.push(p.dim(`  ${gone} failing result${gone === 1 ? '' : 's'} of the baseline no longer appear${gone === 1 ? 's' : ''}`));
  out.push('');
  return out;
}

/** Waivers that no longer apply or match nothing. */
function waiverLines(report: Report, p: Paint): string[] {
  const w = report.waivers;
  if (!w || (w.expired.length === 0 && w.stale.length === 0)) return [];
  const name = (x: (typeof w.expired)[number]) => {
    const sel = (['namespace', 'kind', 'name', 'node', 'cluster'] as const).filter((k) => x[k] !== undefined).map((k) => `${k}=${x[k]}`);
    return `${x.control ?? x.rule}${sel.length ? ` [${sel.join(' ')}]` : ''}`;
  };
  const out: string[] = [];
  if (w.expired.length) {
    out.push(p.bold(`Expired waivers (${w.expired.length}), no longer applied`));
    for (const x of w.expired) out.push(`  ${clean(name(x))} expired ${x.expires} · ${clean(x.source)}${x.owner ? ` · owner ${clean(x.owner)}` : ''}`);
  }
  if (w.stale.length) {
    out.push(p.bold(`Stale waivers (${w.stale.length}), matching no failing or manual result`));
    for (const x of w.stale) out.push(`  ${clean(name(x))} · ${clean(x.source)}${x.owner ? ` · owner ${clean(x.owner)}` : ''}`);
  }
  out.push('');
  return out;
}

function countBy(results: readonly Result[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of [...results].sort((a, b) => (RANK[a.status] ?? 9) - (RANK[b.status] ?? 9))) out[r.status] = (out[r.status] ?? 0) + 1;
  return out;
}
