// Reports of the continuous-compliance commands: diff (text), trend and roll-up (text and a static HTML page).
//
// The HTML pages need no script: tables and inline SVG drawn here, one stylesheet allowed by its hash under a
// Content-Security-Policy that forbids everything else. Every input-derived string is escaped.
import { createHash } from 'node:crypto';
import type { Change, DiffReport, ScanRef } from '../engine/baseline.js';
import type { Rollup } from '../engine/rollup.js';
import type { Trend, TrendSeries } from '../engine/trend.js';
import type { Result } from './types.js';
import { targetLabel } from './common.js';

export function renderJsonValue(v: unknown): string {
  return `${JSON.stringify(v, null, 2)}\n`;
}

/** Strip control characters from input-derived text for terminals. */
function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

const pct = (n: number | undefined): string => (n === undefined ? 'n/a' : `${n}%`);

// ---------------------------------------------------------------------------------------------------------------
// diff

function scanLine(label: string, s: ScanRef): string {
  const parts = [
    s.clusterName ? `cluster ${s.clusterName}` : undefined,
    s.startedAt ? `scanned ${s.startedAt}` : 'scan time unknown',
    s.collectedAt ? `collected ${s.collectedAt}` : undefined,
    s.benchmark,
    `score ${pct(s.score)}`,
    `${s.summary.fail} fail`,
  ].filter(Boolean);
  return `${label} ${clean(parts.join(' · '))}`;
}

function changeLine(c: Change): string[] {
  const where = c.after.location ? `  ${c.after.location.file}:${c.after.location.startLine}:${c.after.location.startColumn}` : '';
  return [
    `  ${c.before.status} -> ${c.after.status}  ${c.after.controlId} ${clean(targetLabel(c.target))}${clean(where)}`,
    `      ${clean(c.title)}: ${clean(c.after.message)}`,
  ];
}

function resultLine(r: Result): string[] {
  const where = r.location ? `  ${r.location.file}:${r.location.startLine}:${r.location.startColumn}` : '';
  return [`  ${r.status.padEnd(7)} ${r.controlId} ${clean(targetLabel(r.target))}${clean(where)}`, `      ${clean(r.title)}: ${clean(r.message)}`];
}

export function renderDiffText(d: DiffReport): string {
  const out = [scanLine('old:', d.old), scanLine('new:', d.new), ''];
  const n = d.counts;
  out.push(`${n.newFailures} new failure${n.newFailures === 1 ? '' : 's'} · ${n.degraded} degraded, ${n.improved} improved, ${n.changed} changed, ${n.appeared} appeared, ${n.vanished} vanished, ${n.unchanged} unchanged`);
  const block = (title: string, lines: string[]) => {
    if (lines.length) out.push('', title, ...lines);
  };
  block(`Degraded (${n.degraded})`, d.degraded.flatMap(changeLine));
  // Appeared: failures matter; the rest is summarised by status to keep the output readable.
  const appearedFails = d.appeared.filter((r) => r.status === 'fail');
  block(`Appeared, failing (${appearedFails.length} of ${n.appeared})`, appearedFails.flatMap(resultLine));
  block(`Improved (${n.improved})`, d.improved.flatMap(changeLine));
  const vanishedFails = d.vanished.filter((r) => r.status === 'fail');
  block(`Vanished, were failing (${vanishedFails.length} of ${n.vanished})`, vanishedFails.flatMap(resultLine));
  block(`Changed (${n.changed})`, d.changed.flatMap(changeLine));
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// trend

export function renderTrendText(t: Trend): string {
  const out: string[] = [];
  if (t.clusters.length === 0) return 'No stored results.\n';
  for (const s of t.clusters) {
    const ch = s.change;
    const delta = ch ? ` · since first: score ${ch.score === undefined ? 'n/a' : `${ch.score >= 0 ? '+' : ''}${ch.score}`}, failures ${ch.fail >= 0 ? '+' : ''}${ch.fail}` : '';
    out.push(`${clean(s.cluster)} (${s.points.length} result${s.points.length === 1 ? '' : 's'}${delta})`);
    out.push(`  ${'time'.padEnd(26)} ${'score'.padStart(6)} ${'fail'.padStart(6)} ${'pass'.padStart(6)} ${'manual'.padStart(6)} ${'error'.padStart(6)} ${'waived'.padStart(6)}  benchmark`);
    for (const p of s.points) {
      const sm = p.summary;
      out.push(`  ${clean(p.time).padEnd(26)} ${pct(p.score).padStart(6)} ${String(sm.fail).padStart(6)} ${String(sm.pass).padStart(6)} ${String(sm.manual).padStart(6)} ${String(sm.error).padStart(6)} ${String(sm.waived ?? 0).padStart(6)}  ${clean(p.benchmark)}`);
    }
    out.push('');
  }
  return `${out.join('\n')}`;
}

// ---------------------------------------------------------------------------------------------------------------
// static HTML

const CSS = `
:root { color-scheme: light; --fg: #1d2430; --muted: #5b6675; --line: #d9dee5; --bg: #f6f7f9; --fail: #c8322b; --pass: #2f8a4c; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { background: #18202b; color: #fff; padding: 18px 28px; }
header h1 { margin: 0; font-size: 20px; }
header p { margin: 4px 0 0; color: #c7cfdb; }
main { max-width: 1180px; margin: 0 auto; padding: 18px 28px 40px; }
section { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 16px 0; }
h2 { font-size: 16px; margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; color: var(--muted); font-size: 12.5px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.muted { color: var(--muted); }
.fail { color: var(--fail); font-weight: 600; }
.pass { color: var(--pass); }
.chart { width: 100%; height: auto; }
.chart text { font-size: 11px; fill: var(--muted); }
.legend span { display: inline-block; margin-right: 14px; }
.swatch { margin-right: 4px; vertical-align: -1px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12.5px; }
`;

const PALETTE = ['#2b6cb0', '#c05621', '#2f855a', '#9b2c2c', '#6b46c1', '#b7791f', '#2c7a7b', '#97266d', '#4a5568', '#276749'];

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

/** Policy of the trend and roll-up pages: only their own stylesheet, no script, nothing from anywhere. */
export const STATIC_PAGE_POLICY = [
  "default-src 'none'",
  `style-src 'sha256-${createHash('sha256').update(CSS, 'utf8').digest('base64')}'`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function page(title: string, sub: string, body: string): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${STATIC_PAGE_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="kubecis">',
    '<link rel="icon" href="data:,">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${esc(title)}</h1><p>${esc(sub)}</p></header>`,
    `<main>${body}</main>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

interface Line {
  readonly name: string;
  readonly color: string;
  readonly points: readonly { t: number; v: number; label: string }[];
}

/** A line chart as inline SVG: time on x, value on y (0..yMax), one polyline per series with point markers. */
function lineChart(lines: readonly Line[], yMax: number, yLabel: string, ySuffix = ''): string {
  const W = 960;
  const H = 260;
  const L = 48;
  const R = 16;
  const T = 14;
  const B = 34;
  const all = lines.flatMap((l) => l.points);
  if (all.length === 0) return '<p class="muted">No data points.</p>';
  const t0 = Math.min(...all.map((p) => p.t));
  const t1 = Math.max(...all.map((p) => p.t));
  const span = t1 - t0 || 1;
  const top = yMax > 0 ? yMax : 1;
  const x = (t: number): number => (t1 === t0 ? L + (W - L - R) / 2 : L + ((t - t0) / span) * (W - L - R));
  const y = (v: number): number => T + (1 - v / top) * (H - T - B);
  const f = (n: number): string => n.toFixed(1);
  const parts: string[] = [`<svg class="chart" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(yLabel)}" xmlns="http://www.w3.org/2000/svg">`];
  for (let i = 0; i <= 4; i++) {
    const v = (top / 4) * i;
    parts.push(`<line x1="${L}" x2="${W - R}" y1="${f(y(v))}" y2="${f(y(v))}" stroke="#e3e7ec" stroke-width="1"/>`);
    parts.push(`<text x="${L - 6}" y="${f(y(v) + 4)}" text-anchor="end">${esc(`${Math.round(v * 10) / 10}${ySuffix}`)}</text>`);
  }
  const day = (t: number): string => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
  parts.push(`<text x="${L}" y="${H - 10}">${esc(day(t0))}</text>`);
  if (t1 !== t0) parts.push(`<text x="${W - R}" y="${H - 10}" text-anchor="end">${esc(day(t1))}</text>`);
  for (const l of lines) {
    const pts = [...l.points].sort((a, b) => a.t - b.t);
    if (pts.length > 1) {
      parts.push(`<polyline fill="none" stroke="${l.color}" stroke-width="2" points="${pts.map((p) => `${f(x(p.t))},${f(y(p.v))}`).join(' ')}"/>`);
    }
    for (const p of pts) {
      parts.push(`<circle cx="${f(x(p.t))}" cy="${f(y(p.v))}" r="3.5" fill="${l.color}"><title>${esc(`${l.name}: ${p.label}`)}</title></circle>`);
    }
  }
  parts.push('</svg>');
  const legend = `<p class="legend">${lines.map((l) => `<span><svg class="swatch" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true"><rect width="10" height="10" rx="2" fill="${l.color}"/></svg>${esc(l.name)}</span>`).join('')}</p>`;
  return parts.join('') + legend;
}

function seriesLines(series: readonly TrendSeries[], pick: (p: TrendSeries['points'][number]) => number | undefined, unit: string): Line[] {
  return series.map((s, i) => ({
    name: s.cluster,
    color: PALETTE[i % PALETTE.length],
    points: s.points.flatMap((p) => {
      const v = pick(p);
      const t = Date.parse(p.time);
      return v === undefined || Number.isNaN(t) ? [] : [{ t, v, label: `${v}${unit} at ${p.time}` }];
    }),
  }));
}

export function renderTrendHtml(t: Trend): string {
  const maxFail = Math.max(1, ...t.clusters.flatMap((s) => s.points.map((p) => p.summary.fail)));
  const body: string[] = [];
  body.push(`<section><h2>Score over time</h2><p class="muted">Share of decided controls (pass or fail) that pass.</p>${lineChart(seriesLines(t.clusters, (p) => p.score, '%'), 100, 'Score over time', '%')}</section>`);
  body.push(`<section><h2>Failures over time</h2>${lineChart(seriesLines(t.clusters, (p) => p.summary.fail, ' failures'), maxFail, 'Failures over time')}</section>`);
  for (const s of t.clusters) {
    const rows = s.points
      .map((p) => `<tr><td><code>${esc(p.time)}</code></td><td class="num">${esc(pct(p.score))}</td><td class="num fail">${p.summary.fail}</td><td class="num">${p.summary.pass}</td><td class="num">${p.summary.manual}</td><td class="num">${p.summary.error}</td><td class="num">${p.summary.waived ?? 0}</td><td>${esc(p.benchmark)}</td></tr>`)
      .join('');
    body.push(`<section><h2>${esc(s.cluster)}</h2><table><thead><tr><th>Time</th><th class="num">Score</th><th class="num">Fail</th><th class="num">Pass</th><th class="num">Manual</th><th class="num">Error</th><th class="num">Waived</th><th>Benchmark</th></tr></thead><tbody>${rows}</tbody></table></section>`);
  }
  const n = t.clusters.reduce((a, s) => a + s.points.length, 0);
  return page('kubecis compliance trend', `${t.clusters.length} cluster${t.clusters.length === 1 ? '' : 's'} · ${n} stored result${n === 1 ? '' : 's'}`, body.join('\n'));
}

// ---------------------------------------------------------------------------------------------------------------
// roll-up

const share = (x: number): string => `${Math.round(x * 1000) / 10}%`;

export function renderRollupText(r: Rollup): string {
  const out: string[] = [`Roll-up of ${r.clusters.length} cluster${r.clusters.length === 1 ? '' : 's'}`, ''];
  out.push(`  ${'cluster'.padEnd(24)} ${'score'.padStart(6)} ${'fail'.padStart(6)} ${'controls'.padStart(8)}  time`);
  for (const c of r.clusters) {
    out.push(`  ${clean(c.cluster).padEnd(24)} ${pct(c.score).padStart(6)} ${String(c.summary.fail).padStart(6)} ${String(c.failingControls).padStart(8)}  ${clean(c.time ?? '')}`);
  }
  const byRule = new Map(r.controls.map((c) => [c.ruleId, c]));
  out.push('', `Worst clusters: ${r.worstClusters.length ? r.worstClusters.map(clean).join(', ') : 'none failing'}`);
  out.push('', 'Worst controls (share of clusters failing):');
  if (r.worstControls.length === 0) out.push('  none failing');
  for (const id of r.worstControls) {
    const c = byRule.get(id)!;
    out.push(`  ${share(c.share).padStart(6)} ${c.controlIds.join(', ')} ${c.title} (${c.clustersFailing} of ${c.clustersEvaluated} clusters, ${c.failingTargets} failing targets: ${c.failingIn.map(clean).join(', ')})`);
  }
  for (const f of r.frameworks) {
    if (!f.requested) {
      out.push('', `${f.framework.title}: ${f.failingControls} of ${f.controls.length} mapped controls fail in at least one cluster (--framework ${f.framework.id} for details)`);
      continue;
    }
    out.push('', `${f.framework.title} (${f.framework.id}):`);
    for (const c of f.controls) {
      out.push(`  ${share(c.share).padStart(6)} ${c.id} ${c.title} (${c.clustersFailing} of ${c.clustersEvaluated} clusters${c.failingIn.length ? `: ${c.failingIn.map(clean).join(', ')}` : ''})`);
    }
  }
  return `${out.join('\n')}\n`;
}

function bar(fraction: number, color: string): string {
  const w = Math.max(0, Math.min(1, fraction)) * 120;
  return `<svg width="124" height="12" viewBox="0 0 124 12" xmlns="http://www.w3.org/2000/svg" aria-hidden="true"><rect x="0" y="1" width="120" height="10" rx="2" fill="#e3e7ec"/><rect x="0" y="1" width="${w.toFixed(1)}" height="10" rx="2" fill="${color}"/></svg>`;
}

export function renderRollupHtml(r: Rollup): string {
  const body: string[] = [];
  const clusterRows = r.clusters
    .map((c) => `<tr><td>${esc(c.cluster)}</td><td>${c.score === undefined ? '' : bar(c.score / 100, '#2f8a4c')}</td><td class="num">${esc(pct(c.score))}</td><td class="num fail">${c.summary.fail}</td><td class="num">${c.failingControls}</td><td class="num">${c.summary.waived ?? 0}</td><td><code>${esc(c.time ?? '')}</code></td><td>${esc(c.benchmark)}</td></tr>`)
    .join('');
  body.push(`<section><h2>Clusters</h2><table><thead><tr><th>Cluster</th><th></th><th class="num">Score</th><th class="num">Failures</th><th class="num">Failing controls</th><th class="num">Waived</th><th>Collected or scanned</th><th>Benchmark</th></tr></thead><tbody>${clusterRows}</tbody></table>
<p class="muted">Worst clusters: ${r.worstClusters.length ? esc(r.worstClusters.join(', ')) : 'none failing'}</p></section>`);
  const controlRow = (c: Rollup['controls'][number]) =>
    `<tr><td><code>${esc(c.controlIds.join(', '))}</code></td><td>${esc(c.title)}<br><span class="muted">${esc(c.ruleId)} · ${esc(c.severity)}</span></td><td>${bar(c.share, '#c8322b')}</td><td class="num">${esc(share(c.share))}</td><td class="num">${c.clustersFailing} / ${c.clustersEvaluated}</td><td class="num">${c.failingTargets}</td><td>${esc(c.failingIn.join(', '))}</td></tr>`;
  const head = '<thead><tr><th>Control</th><th>Title</th><th></th><th class="num">Share failing</th><th class="num">Clusters</th><th class="num">Targets</th><th>Failing in</th></tr></thead>';
  const byRule = new Map(r.controls.map((c) => [c.ruleId, c]));
  body.push(`<section><h2>Worst controls</h2>${r.worstControls.length ? `<table>${head}<tbody>${r.worstControls.map((id) => controlRow(byRule.get(id)!)).join('')}</tbody></table>` : '<p class="muted">No control fails in any cluster.</p>'}</section>`);
  body.push(`<section><h2>All controls</h2><table>${head}<tbody>${r.controls.map(controlRow).join('')}</tbody></table></section>`);
  for (const f of r.frameworks) {
    const rows = f.controls
      .map((c) => `<tr><td><code>${esc(c.id)}</code></td><td>${esc(c.title)}</td><td>${bar(c.share, '#c8322b')}</td><td class="num">${esc(share(c.share))}</td><td class="num">${c.clustersFailing} / ${c.clustersEvaluated}</td><td>${esc(c.failingIn.join(', '))}</td></tr>`)
      .join('');
    body.push(`<section><h2>${esc(f.framework.title)}</h2><p class="muted">${f.failingControls} of ${f.controls.length} mapped controls fail in at least one cluster. A mapping shows coverage by the benchmark, not compliance with the whole framework.</p><table><thead><tr><th>Control</th><th>Title</th><th></th><th class="num">Share failing</th><th class="num">Clusters</th><th>Failing in</th></tr></thead><tbody>${rows}</tbody></table></section>`);
  }
  return page('kubecis multi-cluster roll-up', `${r.clusters.length} cluster${r.clusters.length === 1 ? '' : 's'}`, body.join('\n'));
}
