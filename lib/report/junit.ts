// JUnit XML reporter for CI systems: one testsuite per control, one testcase per (control, target), input errors last.
//
// Mapping: fail -> <failure>, error -> <error>, manual / not-applicable / waived / any other status -> <skipped>
// with the reason, pass -> an empty testcase. Results only in the baseline (`absent`) are not tests of this scan. classname is `kubecis.<rule id>` (stable across benchmark versions, no dots to
// be read as packages); the testcase name carries the control number and the target.
import { baselineStateOf, controlLabel, targetLabel } from './common.js';
import type { ControlInfo, Report, Result } from './types.js';

interface Suite {
  readonly name: string;
  readonly control?: ControlInfo;
  readonly results: Result[];
}

export function renderJunit(report: Report): string {
  const suites = groupByControl(report);
  const counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const body: string[] = [];
  const stamp = report.scan.startedAt ? ` timestamp="${attr(report.scan.startedAt)}"` : '';

  for (const s of suites) {
    const c = tally(s.results);
    counts.tests += c.tests;
    counts.failures += c.failures;
    counts.errors += c.errors;
    counts.skipped += c.skipped;
    body.push(
      `  <testsuite name="${attr(s.name)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="0"${stamp}>`,
    );
    const props = suiteProperties(report, s);
    if (props.length > 0) {
      body.push('    <properties>');
      for (const [k, v] of props) body.push(`      <property name="${attr(k)}" value="${attr(v)}"/>`);
      body.push('    </properties>');
    }
    for (const r of s.results) body.push(testcase(r, s.control));
    body.push('  </testsuite>');
  }

  if (report.errors.length > 0) {
    const n = report.errors.length;
    counts.tests += n;
    counts.errors += n;
    body.push(`  <testsuite name="kubecis input" tests="${n}" failures="0" errors="${n}" skipped="0" time="0"${stamp}>`);
    for (const e of report.errors) {
      const where = e.line ? `${e.file}:${e.line}` : e.file;
      body.push(`    <testcase name="${attr(`read ${e.file}`)}" classname="kubecis.input" file="${attr(e.file)}" time="0">`);
      body.push(`      <error message="${attr(e.message)}" type="input-error">${text(`${where}: ${e.message}`)}</error>`);
      body.push('    </testcase>');
    }
    body.push('  </testsuite>');
  }

  const name = `${report.tool.name} ${report.benchmark.title}`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${attr(name)}" tests="${counts.tests}" failures="${counts.failures}" errors="${counts.errors}" skipped="${counts.skipped}" time="0"${stamp}>`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

/** Controls in report order, each with its results (engine order); results of unlisted controls follow. */
function groupByControl(report: Report): Suite[] {
  const byControl = new Map<string, Suite>();
  for (const c of report.controls) {
    if (!byControl.has(c.controlId)) byControl.set(c.controlId, { name: `${c.controlId} ${c.title}`, control: c, results: [] });
  }
  for (const r of report.results) {
    if (baselineStateOf(r) === 'absent') continue;
    let s = byControl.get(r.controlId);
    if (!s) {
      s = { name: `${r.controlId} ${r.title}`, results: [] };
      byControl.set(r.controlId, s);
    }
    s.results.push(r);
  }
  // A control with no target in scope has nothing to test; an empty suite would only be noise in CI.
  return [...byControl.values()].filter((s) => s.results.length > 0);
}

function tally(results: Result[]): { tests: number; failures: number; errors: number; skipped: number } {
  const c = { tests: results.length, failures: 0, errors: 0, skipped: 0 };
  for (const r of results) {
    if (r.status === 'fail') c.failures++;
    else if (r.status === 'error') c.errors++;
    else if (r.status !== 'pass') c.skipped++;
  }
  return c;
}

function suiteProperties(report: Report, s: Suite): [string, string][] {
  const c = s.control;
  const first = s.results[0];
  const props: [string, string][] = [
    ['benchmark', report.benchmark.id],
    ['controlId', c?.controlId ?? first.controlId],
    ['ruleId', c?.ruleId ?? first.ruleId],
    ['severity', c?.severity ?? first.severity],
  ];
  if (c) {
    props.push(['assessment', c.assessment], ['section', `${c.section} ${c.sectionTitle}`.trim()]);
  }
  return props;
}

function testcase(r: Result, c: ControlInfo | undefined): string {
  const file = r.location?.helmSource ?? r.location?.file;
  const open =
    `    <testcase name="${attr(`${controlLabel(r.controlId)}: ${targetLabel(r.target)}`)}" classname="${attr(`kubecis.${r.ruleId}`)}"` +
    (file && file !== '-' ? ` file="${attr(file)}"` : '') +
    ' time="0"';
  if (r.status === 'pass') return `${open}/>`;

  const details = detailLines(r, c).join('\n');
  let child: string;
  if (r.status === 'fail') {
    child = `<failure message="${attr(r.message)}" type="${attr(r.severity)}">${text(details)}</failure>`;
  } else if (r.status === 'error') {
    child = `<error message="${attr(r.message)}" type="control-error">${text(details)}</error>`;
  } else {
    const why =
      r.status === 'manual' ? 'manual review needed' : r.status === 'not-applicable' ? 'not applicable' : waiverText(r) ?? r.status;
    child = `<skipped message="${attr(`${why}: ${r.message}`)}"/>`;
  }
  return `${open}>\n      ${child}\n    </testcase>`;
}

function detailLines(r: Result, c: ControlInfo | undefined): string[] {
  const lines = [`${targetLabel(r.target)}: ${r.message}`, `Control: ${controlLabel(r.controlId)} ${r.title} (severity ${r.severity})`];
  const loc = r.location;
  if (loc) {
    const pos = `${loc.file === '-' ? 'standard input' : loc.file}:${loc.startLine}:${loc.startColumn}`;
    lines.push(loc.helmSource ? `Location: ${loc.helmSource} (rendered at ${pos})` : `Location: ${pos}`);
  }
  if (r.fieldPath) lines.push(`Field: ${r.fieldPath}`);
  const drift = baselineStateOf(r);
  if (drift) lines.push(`Baseline: ${drift}`);
  if (r.status === 'fail' && c?.remediation) lines.push(`How to fix: ${c.remediation}`);
  return lines;
}

/** `waived by waivers.yaml:12 (owner ops, until 2026-06-30): accepted for the migration`, when a waiver is attached. */
function waiverText(r: Result): string | undefined {
  const w = (r as { waiver?: { reason?: unknown; owner?: unknown; expires?: unknown; source?: unknown } }).waiver;
  if (!w || typeof w.reason !== 'string') return undefined;
  const extra = [typeof w.owner === 'string' ? `owner ${w.owner}` : '', typeof w.expires === 'string' ? `until ${w.expires}` : '']
    .filter(Boolean)
    .join(', ');
  return `waived${typeof w.source === 'string' ? ` by ${w.source}` : ''}${extra ? ` (${extra})` : ''}, ${w.reason}`;
}

// XML 1.0 allows tab, LF, CR and most of the BMP and astral planes; anything else (NUL, other C0 controls, lone
// surrogates, U+FFFE/U+FFFF) would make the document ill-formed, so it becomes U+FFFD.
const INVALID_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

function text(s: string): string {
  return s.replace(INVALID_XML, '\uFFFD').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values: also quotes, and whitespace as character references so parsers keep line breaks. */
function attr(s: string): string {
  return text(s).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}
