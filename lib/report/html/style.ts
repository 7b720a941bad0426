// Stylesheet of the HTML report: system fonts only, light and dark schemes, and a print layout for "save as PDF".

export const REPORT_CSS = `
:root {
  --bg: #f5f6f8; --panel: #ffffff; --text: #1d2330; --muted: #5d6677; --line: #dfe3ea; --accent: #2456c7;
  --fail: #c8322b; --error: #7c3aad; --manual: #b7791f; --pass: #2f8a4c; --na: #8592a3; --none: #c2c9d3; --waived: #4a6fa5;
  --critical: #8f1d1d; --high: #d0491e; --medium: #c98a06; --low: #3b6fb6;
  --new: #c8322b; --updated: #b7791f; --unchanged: #8592a3; --absent: #2f8a4c;
  --radius: 10px; --shadow: 0 1px 2px rgba(16, 24, 40, .06), 0 1px 3px rgba(16, 24, 40, .08);
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root { --bg: #11151c; --panel: #1a2029; --text: #e6e9ef; --muted: #9aa4b5; --line: #2d3542; --accent: #7ea6ff;
    --na: #6f7b8c; --none: #3a4352; --shadow: none; }
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
code, .cid { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 12.5px; }
code { overflow-wrap: anywhere; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0 0 .5em; }
h2 { font-size: 15px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
h3 { font-size: 15px; }
h4 { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .03em; }
p { margin: 0 0 .6em; }
[hidden], .hidden { display: none !important; }
.muted { color: var(--muted); }
.small { font-size: 12.5px; }
.block { display: block; }
.big { font-size: 22px; font-weight: 650; margin-bottom: .5em; }
.big .muted { font-size: 14px; font-weight: 400; }
.card h3 { margin-top: 14px; }
.noscript { padding: 2rem; }

.top { background: #1f2a44; color: #fff; }
.top-inner { max-width: 1280px; margin: 0 auto; padding: 22px 24px 20px; display: flex; gap: 16px; align-items: flex-end; justify-content: space-between; }
.top h1 { font-size: 24px; margin: 2px 0 4px; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: 11.5px; opacity: .75; }
.sub { margin: 0; opacity: .85; }
.wrap { max-width: 1280px; margin: 0 auto; padding: 20px 24px 40px; }

.btn { font: inherit; border: 1px solid var(--line); background: var(--panel); color: var(--text); border-radius: 7px; padding: 6px 12px; cursor: pointer; }
.btn:hover:not([disabled]) { border-color: var(--accent); color: var(--accent); }
.btn[disabled] { opacity: .45; cursor: default; }
.top .btn { background: transparent; color: #fff; border-color: rgba(255, 255, 255, .4); white-space: nowrap; }
.btn:focus-visible, .tab:focus-visible, select:focus-visible, input:focus-visible, summary:focus-visible, .section-row:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.overview { display: grid; grid-template-columns: minmax(280px, 1fr) minmax(280px, 1fr) minmax(320px, 1.3fr); gap: 16px; margin-bottom: 18px; }
.card { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 16px 18px; box-shadow: var(--shadow); }
.sections-card { grid-column: 1 / -1; }
.score-body { display: flex; gap: 18px; align-items: center; }
.donut { width: 140px; height: 140px; flex: none; }
.donut-track { fill: none; stroke: var(--line); stroke-width: 16; }
.donut-seg { fill: none; stroke-width: 16; }
.donut-value { font-size: 28px; font-weight: 700; text-anchor: middle; fill: var(--text); }
.donut-caption { font-size: 11px; text-anchor: middle; fill: var(--muted); text-transform: uppercase; letter-spacing: .08em; }
.score-text { font-weight: 600; }
.legend { list-style: none; margin: 8px 0 0; padding: 0; display: grid; gap: 3px; }
.legend li { display: flex; align-items: center; gap: 8px; }
.legend-label { flex: 1; }
.dot { width: 10px; height: 10px; border-radius: 3px; flex: none; }
.bar { width: 100%; height: 12px; border-radius: 6px; display: block; overflow: hidden; }
.bar-track { fill: var(--line); }
.sev-row { display: flex; gap: 10px; flex-wrap: wrap; }
.sev-count { border-left: 4px solid; padding: 2px 8px; background: var(--bg); border-radius: 4px; }
.sev-count.sev-critical { border-color: var(--critical); } .sev-count.sev-high { border-color: var(--high); }
.sev-count.sev-medium { border-color: var(--medium); } .sev-count.sev-low { border-color: var(--low); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 14px; margin: 0 0 10px; }
.facts dt { color: var(--muted); }
.facts dd { margin: 0; overflow-wrap: anywhere; }
.sections { display: grid; grid-template-columns: repeat(auto-fill, minmax(400px, 1fr)); gap: 4px 28px; }
.section-row { display: grid; grid-template-columns: minmax(0, 1.7fr) 1fr 44px; gap: 12px; align-items: center; font: inherit; color: inherit; text-align: left;
  background: none; border: 0; border-radius: 6px; padding: 5px 6px; cursor: pointer; }
.section-row:hover { background: var(--bg); }
.section-name { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.section-id { font-weight: 650; }
.section-score { text-align: right; font-variant-numeric: tabular-nums; font-weight: 650; }

/* Status colours for SVG shapes and legend dots; unknown statuses (added later) fall back to grey. */
:where(.dot, rect, circle)[class*="fill-"] { fill: var(--na); stroke: var(--na); background: var(--na); }
.fill-fail { fill: var(--fail); stroke: var(--fail); background: var(--fail); }
.fill-error { fill: var(--error); stroke: var(--error); background: var(--error); }
.fill-manual { fill: var(--manual); stroke: var(--manual); background: var(--manual); }
.fill-pass { fill: var(--pass); stroke: var(--pass); background: var(--pass); }
.fill-not-applicable { fill: var(--na); stroke: var(--na); background: var(--na); }
.fill-waived { fill: var(--waived); stroke: var(--waived); background: var(--waived); }
.fill-none { fill: var(--none); stroke: var(--none); background: var(--none); }
.fill-drift-new { fill: var(--new); background: var(--new); }
.fill-drift-updated { fill: var(--updated); background: var(--updated); }
.fill-drift-unchanged { fill: var(--unchanged); background: var(--unchanged); }
.fill-drift-absent { fill: var(--absent); background: var(--absent); }
.donut circle.donut-seg { fill: none; }
.bar rect { stroke: none; }

.sticky { position: sticky; top: 0; z-index: 5; background: var(--bg); padding-top: 6px; }
.tabs { display: flex; gap: 2px; border-bottom: 1px solid var(--line); overflow-x: auto; }
.tab { font: inherit; background: none; border: 0; border-bottom: 3px solid transparent; padding: 9px 14px; color: var(--muted); cursor: pointer; white-space: nowrap; }
.tab[aria-selected="true"] { color: var(--text); border-bottom-color: var(--accent); font-weight: 600; }
.tab-count { margin-left: 7px; background: var(--line); color: var(--text); border-radius: 10px; padding: 0 7px; font-size: 12px; font-weight: 500; }
.filters { padding: 10px 0 4px; }
.filters-row { display: flex; flex-wrap: wrap; gap: 8px 10px; align-items: flex-end; }
.field { display: flex; flex-direction: column; gap: 2px; font-size: 12px; color: var(--muted); flex: 0 1 150px; min-width: 96px; }
.field.grow { flex: 1 1 220px; }
.field select, .field input { font: inherit; font-size: 13.5px; color: var(--text); background: var(--panel); border: 1px solid var(--line); border-radius: 7px; padding: 6px 8px; min-width: 0; width: 100%; }
.count { margin: 8px 0 6px; color: var(--muted); font-size: 13px; }

.controls { display: grid; gap: 8px; }
details.control { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--none); border-radius: var(--radius); box-shadow: var(--shadow); }
details.control.st-fail { border-left-color: var(--fail); } details.control.st-error { border-left-color: var(--error); }
details.control.st-manual { border-left-color: var(--manual); } details.control.st-pass { border-left-color: var(--pass); }
details.control.st-not-applicable { border-left-color: var(--na); } details.control.st-waived { border-left-color: var(--waived); }
summary { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; padding: 10px 14px; cursor: pointer; list-style: none; }
summary::-webkit-details-marker { display: none; }
summary::before { content: "\\25B8"; color: var(--muted); width: 10px; }
details[open] > summary::before { content: "\\25BE"; }
.ctitle { flex: 1 1 320px; font-weight: 600; }
.ccounts { color: var(--muted); font-size: 12.5px; }
.cbody { padding: 2px 18px 16px 36px; border-top: 1px solid var(--line); }
.meta { color: var(--muted); font-size: 12.5px; margin-top: 10px; }
.explain { display: grid; grid-template-columns: 1fr 1fr; gap: 4px 24px; }
.note { background: var(--bg); border-radius: 6px; padding: 6px 10px; }
.chip { display: inline-block; border: 1px solid var(--line); border-radius: 12px; padding: 0 9px; margin: 0 6px 4px 0; font-size: 12px; }

.badge { display: inline-block; min-width: 58px; text-align: center; border-radius: 5px; padding: 1px 7px; font-size: 12px; font-weight: 650; color: #fff; background: var(--na); white-space: nowrap; }
.badge.st-fail { background: var(--fail); } .badge.st-error { background: var(--error); } .badge.st-manual { background: var(--manual); }
.badge.st-pass { background: var(--pass); } .badge.st-none { background: var(--none); color: var(--text); }
.badge.st-waived { background: var(--waived); }
.waiver { color: var(--waived); margin-top: 3px; }
.sev { display: inline-block; border-radius: 5px; padding: 0 7px; font-size: 12px; font-weight: 600; border: 1px solid currentColor; white-space: nowrap; }
.sev-critical { color: var(--critical); } .sev-high { color: var(--high); } .sev-medium { color: var(--medium); } .sev-low { color: var(--low); }
@media (prefers-color-scheme: dark) { .sev-critical { color: #ff7b7b; } }
.drift { display: inline-block; margin-left: 6px; border-radius: 5px; padding: 0 6px; font-size: 11.5px; border: 1px dashed currentColor; }
.drift-new { color: var(--new); } .drift-updated { color: var(--updated); } .drift-unchanged { color: var(--unchanged); } .drift-absent { color: var(--absent); }

.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
table.results { margin-top: 10px; background: var(--panel); }
.panel > div > .table-wrap table.results { border: 1px solid var(--line); border-radius: var(--radius); }
th, td { text-align: left; vertical-align: top; padding: 7px 10px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); font-weight: 600; text-transform: uppercase; letter-spacing: .03em; background: var(--bg); }
td.status { white-space: nowrap; }
td.target .kind { display: block; font-size: 11.5px; color: var(--muted); }
td.target .name, td.msg { overflow-wrap: anywhere; }
td.target { min-width: 160px; }
td.loc { min-width: 180px; max-width: 320px; }
td.ctl { min-width: 200px; }
.fieldpath { color: var(--muted); margin-top: 3px; }
table.mini { font-size: 13px; margin-top: 6px; }
table.mini caption { text-align: left; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .03em; padding: 4px 0; }
.more { margin-top: 10px; }
.pager { display: flex; gap: 12px; align-items: center; margin: 6px 0; }
.empty { padding: 28px; text-align: center; color: var(--muted); background: var(--panel); border: 1px dashed var(--line); border-radius: var(--radius); }
.progress { font-weight: 600; }
.check-group { background: var(--panel); border: 1px solid var(--line); border-radius: var(--radius); padding: 12px 16px; margin-bottom: 10px; }
.checklist { list-style: none; padding: 0; margin: 0; }
.checklist li { padding: 6px 0; border-top: 1px solid var(--line); }
.checklist label { display: flex; gap: 10px; align-items: flex-start; cursor: pointer; }
.checklist input { margin-top: 4px; width: 16px; height: 16px; }
.fw-card { margin-bottom: 12px; }
.fw-card .legend { max-width: 320px; }
.drift-block { margin: 18px 0; }
.foot { margin-top: 30px; border-top: 1px solid var(--line); padding-top: 12px; }

@media (max-width: 980px) {
  .overview { grid-template-columns: 1fr; }
  .explain { grid-template-columns: 1fr; }
  .sections { grid-template-columns: 1fr; }
  .sticky { position: static; }
  .top-inner { flex-wrap: wrap; align-items: flex-start; }
}

@media print {
  :root { --bg: #fff; --panel: #fff; --text: #000; --muted: #444; --line: #ccc; --shadow: none; }
  body { font-size: 11px; background: #fff; }
  .top { background: #fff; color: #000; border-bottom: 2px solid #000; }
  .top-inner { padding: 0 0 8px; }
  .wrap { max-width: none; padding: 10px 0; }
  .print-btn, .filters, .tabs, .more, .pager, .section-row:hover { display: none !important; }
  .sticky { position: static; }
  .overview { grid-template-columns: 1fr 1fr; }
  .scan-card, .sections-card { grid-column: 1 / -1; }
  .card, details.control, .check-group, tr { break-inside: avoid; }
  details.control > summary::before { content: none; }
  .badge, .sev, .dot, rect, circle { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .table-wrap { overflow: visible; }
  a { color: inherit; }
}
`;
