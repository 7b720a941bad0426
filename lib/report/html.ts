// HTML reporter: one self-contained page (inline CSS, JS and SVG) under a strict Content-Security-Policy.
//
// The page is a fixed shell; the report travels as JSON in a `<script type="application/json">` block (with `<`
// escaped, so no input can close it) and html/app.ts renders every view from it with DOM text APIs. The script and
// stylesheet are constants, so the policy allows exactly them by SHA-256 hash: no 'unsafe-inline', no nonce, no
// network source of any kind, and the same input gives the same bytes.
import { createHash } from 'node:crypto';
import { baselineStateOf, frameworksOf } from './common.js';
import { reportApp } from './html/app.js';
import type { HtmlControl, HtmlData, HtmlFrameworkView, HtmlResult, HtmlWaiverRef } from './html/data.js';
import { REPORT_CSS } from './html/style.js';
import type { ControlInfo, Report } from './types.js';

const SCRIPT = `(${reportApp.toString()})();\n`;
const STYLE = REPORT_CSS;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The policy of every report page; exported for tests. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `script-src ${sha256(SCRIPT)}`,
  `style-src ${sha256(STYLE)}`,
  // Only the empty favicon below; the report draws its charts as inline SVG.
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function renderHtml(report: Report): string {
  const json = JSON.stringify(toData(report))
    // Inside <script>, only `<` can end the block (`</script>`) or open a comment: JSON reads \u003c as the same `<`.
    .replace(/</g, '\\u003c')
    // Line and paragraph separators are valid in JSON strings; escape them anyway for any older JS consumer.
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    '<meta name="generator" content="kubecis">',
    '<link rel="icon" href="data:,">',
    '<title>kubecis compliance report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<div id="app"><noscript><p class="noscript">This report draws its views with JavaScript, which is turned off. ' +
      'The complete results are embedded in this file as JSON (the script element with id "kubecis-data").</p></noscript></div>',
    `<script type="application/json" id="kubecis-data">${json}</script>`,
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The embedded data: controls once, results referring to them by index (keeps 20,000 rows compact). */
function toData(report: Report): HtmlData {
  const controls: HtmlControl[] = [];
  const index = new Map<string, number>();
  const addControl = (c: ControlInfo): number => {
    const fw = frameworksOf(c);
    const out: HtmlControl = {
      id: c.controlId,
      rule: c.ruleId,
      sec: c.section,
      secTitle: c.sectionTitle,
      title: c.title,
      assess: c.assessment,
      sev: c.severity,
      why: c.rationale,
      fix: c.remediation,
    };
    if (c.notes) out.notes = c.notes;
    if (fw.length > 0) out.fw = fw;
    controls.push(out);
    index.set(c.controlId, controls.length - 1);
    return controls.length - 1;
  };
  for (const c of report.controls) if (!index.has(c.controlId)) addControl(c);

  const results = report.results.map((r): HtmlResult => {
    let ci = index.get(r.controlId);
    if (ci === undefined) {
      // A result whose control is not listed still shows, under a control made from the result itself.
      const dot = r.controlId.lastIndexOf('.');
      ci = addControl({
        controlId: r.controlId,
        ruleId: r.ruleId,
        section: dot > 0 ? r.controlId.slice(0, dot) : r.controlId,
        sectionTitle: '',
        title: r.title,
        assessment: 'automated',
        severity: r.severity,
        rationale: '',
        remediation: '',
      });
    }
    const t = r.target;
    const out: HtmlResult = { c: ci, s: r.status, k: t.kind, n: t.name, m: r.message };
    if (t.namespace) out.ns = t.namespace;
    if (t.node) out.nd = t.node;
    if (t.cluster) out.cl = t.cluster;
    if (r.location) {
      out.f = r.location.file;
      out.l = r.location.startLine;
      out.col = r.location.startColumn;
      if (r.location.helmSource) out.h = r.location.helmSource;
    }
    if (r.fieldPath) out.fp = r.fieldPath;
    const b = baselineStateOf(r);
    if (b) out.b = b;
    const fw = frameworksOf(r);
    if (fw.length > 0) out.fw = fw;
    const w = waiverLine((r as { waiver?: unknown }).waiver);
    if (w) out.w = w;
    return out;
  });

  const s = report.scan;
  const views = (report.frameworkViews ?? []).map(
    (v): HtmlFrameworkView => ({
      id: v.framework.id,
      title: v.framework.title,
      version: v.framework.version,
      automated: v.coverage.automated,
      total: v.coverage.total,
      controls: v.controls.map((c) => ({
        id: c.id,
        title: c.title,
        status: c.status,
        cis: [...c.cisControls],
        counts: { ...c.counts },
      })),
    }),
  );
  return {
    tool: { name: report.tool.name, version: report.tool.version },
    benchmark: {
      id: report.benchmark.id,
      title: report.benchmark.title,
      ...(report.benchmark.selectedBy ? { selectedBy: report.benchmark.selectedBy } : {}),
    },
    scan: {
      ...(s.startedAt ? { startedAt: s.startedAt } : {}),
      inputs: [...s.inputs],
      ...(s.clusterName ? { clusterName: s.clusterName } : {}),
      ...(s.serverVersion ? { serverVersion: s.serverVersion } : {}),
      bundles: s.bundles.map((b) => ({ ...b })),
      nodes: [...s.nodes],
      resources: s.resources,
    },
    summary: { ...report.summary },
    errors: report.errors.map((e) => ({ ...e })),
    controls,
    results,
    ...(views.length > 0 ? { views } : {}),
    ...baselineInfo((report as { baseline?: unknown }).baseline),
    ...waiverReport((report as { waivers?: unknown }).waivers),
  };
}

// The fields below joined the contract with the drift and waiver features; they are read defensively so that a
// report without them (or from an older producer) still renders.

type Loose = Record<string, unknown>;
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const isObj = (v: unknown): v is Loose => v !== null && typeof v === 'object' && !Array.isArray(v);

function waiverLine(w: unknown): string | undefined {
  if (!isObj(w) || !str(w.reason)) return undefined;
  const extra = [str(w.owner) ? `owner ${str(w.owner)}` : '', str(w.expires) ? `until ${str(w.expires)}` : ''].filter(Boolean).join(', ');
  return `Waived${str(w.source) ? ` in ${str(w.source)}` : ''}${extra ? ` (${extra})` : ''}: ${str(w.reason)}`;
}

function baselineInfo(b: unknown): Pick<HtmlData, 'baseline'> {
  if (!isObj(b)) return {};
  const out: NonNullable<HtmlData['baseline']> = {};
  if (str(b.startedAt)) out.startedAt = str(b.startedAt);
  if (str(b.collectedAt)) out.collectedAt = str(b.collectedAt);
  if (str(b.clusterName)) out.clusterName = str(b.clusterName);
  if (isObj(b.counts)) {
    const counts: Record<string, number> = {};
    for (const k of ['new', 'updated', 'unchanged', 'absent']) if (typeof b.counts[k] === 'number') counts[k] = b.counts[k] as number;
    out.counts = counts;
  }
  return { baseline: out };
}

function waiverRefs(list: unknown): HtmlWaiverRef[] {
  if (!Array.isArray(list)) return [];
  return list.filter(isObj).map((w) => {
    const target = [str(w.cluster), str(w.node) ? `node ${str(w.node)}` : '', str(w.namespace), str(w.kind), str(w.name)].filter(Boolean).join(' ');
    const what = [str(w.control) ? `CIS ${str(w.control)}` : '', str(w.rule) ?? '', target].filter(Boolean).join(' \u00b7 ') || 'everything';
    const ref: HtmlWaiverRef = { what, reason: str(w.reason) ?? '', source: str(w.source) ?? '' };
    if (str(w.owner)) ref.owner = str(w.owner);
    if (str(w.expires)) ref.expires = str(w.expires);
    return ref;
  });
}

function waiverReport(w: unknown): Pick<HtmlData, 'waivers'> {
  if (!isObj(w)) return {};
  const expired = waiverRefs(w.expired);
  const stale = waiverRefs(w.stale);
  return expired.length + stale.length > 0 ? { waivers: { expired, stale } } : {};
}
