// SARIF 2.1.0 reporter, shaped for GitHub code scanning: one rule per control, one result per failing (control, target).
//
// Design (see docs/github-code-scanning.md):
// - Rule ids are the stable rule slugs (`pod-privileged-containers`), never control numbers: code scanning keys alerts
//   on the rule id, and recommendations are renumbered between benchmark versions. The number goes in name and tags.
// - Only `fail` results become SARIF results. Code scanning ignores `kind` and turns every result into an alert, so
//   passes, manual reviews and not-applicable verdicts would be noise; they are counted in run.properties instead.
//   `error` verdicts and input errors become tool execution notifications (the run's "configuration problems").
// - partialFingerprints.primaryLocationLineHash (the only key code scanning reads) is a hash of rule id, target
//   identity and field path, so alerts survive lines moving, edits elsewhere in the file and re-collected bundles.
// - Rendered Helm output: the primary location is the chart template named by `# Source:` (the file that exists in
//   the repository) at line 1, because rendered line numbers do not match the template; the rendered position is
//   kept as a related location and named in the message. Other rendered input on standard input (Kustomize) maps
//   the same way to `stdinPath` when given.
import { createHash } from 'node:crypto';
import type * as Sarif from 'sarif';
import { baselineStateOf, controlLabel, controlSourceTitle, frameworksOf, severityRank, targetIdentity, targetLabel, truncate } from './common.js';
import type { ControlInfo, Report, Result, ResultLocation } from './types.js';

export interface SarifOptions {
  /**
   * runs[0].automationDetails.id. Code scanning reads everything before the last `/` as the category, so end it with
   * `/` (e.g. `kubecis/helm/`) when one repository uploads several analyses. Default `kubecis/<benchmark id>/`.
   */
  automationId?: string;
  /**
   * Where the scanned root lies. A relative path (`deploy/k8s`) is the scanned root relative to the repository root
   * and is prepended to every file path, so URIs are repository-relative as code scanning expects. An absolute path
   * or file URI is recorded as the `%SRCROOT%` base instead, and paths are left relative to it.
   */
  srcRoot?: string;
  /**
   * The chart's directory relative to the repository root (e.g. `charts/web`), for rendered Helm input. `# Source:`
   * paths start with the chart *name*, which need not be the directory name: this replaces that first segment.
   * Without it the `# Source:` path is resolved like any other path (under srcRoot).
   */
  chartPath?: string;
  /**
   * The repository file that produced manifests read from standard input without `# Source:` comments, e.g.
   * `overlays/prod/kustomization.yaml` for `kustomize build overlays/prod | kubecis scan -`. Alerts then land on it
   * (line 1, as rendered lines do not match it). Without it such results have no file code scanning can show.
   */
  stdinPath?: string;
}

/** Public home of the tool, shown by code scanning next to the rules. */
export const KUBECIS_INFORMATION_URI = 'https://github.com/kubecis/kubecis';

const SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';

/** GitHub code scanning rejects more results per run; beyond it we keep the most severe (engine order otherwise). */
export const MAX_RESULTS_PER_RUN = 25_000;
/** Code scanning keeps 10 of at most 20 tags per rule: the important ones go first. */
const MAX_TAGS = 20;
const MAX_NAME = 255;
const MAX_DESCRIPTION = 1024;
const MAX_MESSAGE = 2000;
const MAX_NOTIFICATIONS = 1000;

const LEVEL: Readonly<Record<string, Sarif.ReportingConfiguration.level>> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

/** Code scanning buckets: >= 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
const SECURITY_SEVERITY: Readonly<Record<string, string>> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
};

const SRCROOT = '%SRCROOT%';

export function renderSarif(report: Report, opts: SarifOptions = {}): string {
  const paths = new PathMapper(opts);
  const rules = new RuleTable(report);

  const omitted: Record<string, number> = {};
  const candidates: Result[] = [];
  for (const r of report.results) {
    // Results only in the baseline (absent) are left out: code scanning closes an alert when its result stops
    // appearing. Waived results are left out too: the waiver is the decision not to alert.
    const absent = baselineStateOf(r) === 'absent';
    if (r.status === 'fail' && !absent) {
      candidates.push(r);
    } else {
      const key = absent ? 'absent' : r.status;
      omitted[key] = (omitted[key] ?? 0) + 1;
    }
  }
  const kept = keepMostSevere(candidates, MAX_RESULTS_PER_RUN);
  const truncatedResults = candidates.length - kept.length;

  const results = kept.map((r) => sarifResult(r, rules, paths));
  const notifications = executionNotifications(report, rules, paths, truncatedResults);

  const invocation: Sarif.Invocation = { executionSuccessful: true };
  if (report.scan.startedAt) invocation.startTimeUtc = report.scan.startedAt;
  if (notifications.length > 0) invocation.toolExecutionNotifications = notifications;

  const driver: Sarif.ToolComponent = {
    name: report.tool.name,
    fullName: `${report.tool.name} ${report.tool.version}`,
    version: report.tool.version,
  };
  if (/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(report.tool.version)) {
    driver.semanticVersion = report.tool.version;
  }
  driver.informationUri = KUBECIS_INFORMATION_URI;
  driver.rules = rules.descriptors;

  const run: Sarif.Run = {
    tool: { driver },
    automationDetails: {
      id: opts.automationId ?? `kubecis/${report.benchmark.id}/`,
      description: { text: `${report.benchmark.title} (${report.benchmark.id})` },
    },
    invocations: [invocation],
    originalUriBaseIds: paths.originalUriBaseIds(),
    columnKind: 'utf16CodeUnits',
    results,
    properties: {
      benchmark: { id: report.benchmark.id, title: report.benchmark.title },
      summary: { ...report.summary },
      resultsOmitted: { ...sortedRecord(omitted), ...(truncatedResults > 0 ? { overLimit: truncatedResults } : {}) },
    },
  };

  const log: Sarif.Log = { $schema: SCHEMA_URI, version: '2.1.0', runs: [run] };
  return `${JSON.stringify(log, null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------------------------
// Rules

class RuleTable {
  readonly descriptors: Sarif.ReportingDescriptor[] = [];
  private readonly index = new Map<string, number>();

  constructor(private readonly report: Report) {
    // Each ruleId decides one control per benchmark; if the contract ever maps a rule to two controls, they share
    // one descriptor (the rule id must stay the alert key) and both control numbers appear in its tags.
    const byRule = new Map<string, ControlInfo[]>();
    for (const c of report.controls) {
      const list = byRule.get(c.ruleId);
      if (list) list.push(c);
      else byRule.set(c.ruleId, [c]);
    }
    for (const [ruleId, controls] of byRule) this.add(ruleId, controls);
  }

  /** Index of the descriptor for a result, adding one from the result itself when its control is not listed. */
  indexFor(r: Result): number {
    const found = this.index.get(r.ruleId);
    if (found !== undefined) return found;
    const section = r.controlId.includes('.') ? r.controlId.slice(0, r.controlId.lastIndexOf('.')) : r.controlId;
    const info: ControlInfo = {
      controlId: r.controlId,
      ruleId: r.ruleId,
      section,
      sectionTitle: '',
      title: r.title,
      assessment: 'automated',
      severity: r.severity,
      rationale: '',
      remediation: '',
    };
    return this.add(r.ruleId, [info]);
  }

  private add(ruleId: string, controls: ControlInfo[]): number {
    const i = this.descriptors.length;
    this.descriptors.push(ruleDescriptor(this.report, ruleId, controls));
    this.index.set(ruleId, i);
    return i;
  }
}

function ruleDescriptor(report: Report, ruleId: string, controls: ControlInfo[]): Sarif.ReportingDescriptor {
  const c = controls[0];
  const numbers = controls.map((x) => x.controlId);
  const cisLabel = numbers.map(controlLabel).join(', ');
  const level = LEVEL[c.severity] ?? 'warning';
  const fullText = [c.rationale, c.notes].filter(Boolean).join(' ') || c.title;

  const tags: string[] = ['security', 'kubernetes', report.benchmark.id, ...numbers.map((n) => controlLabel(n).replace(' ', '-'))];
  tags.push(c.assessment === 'manual' ? 'cis-manual' : 'cis-automated');
  for (const [framework, ids] of frameworksOf(c)) for (const id of ids) tags.push(`${framework}/${id}`);
  const uniqueTags = [...new Set(tags)].slice(0, MAX_TAGS);

  const properties: Sarif.PropertyBag = {
    tags: uniqueTags,
    // Statically decided configuration checks are exact; Manual recommendations we decide from data are judgement.
    precision: c.assessment === 'automated' ? 'very-high' : 'high',
    'security-severity': SECURITY_SEVERITY[c.severity] ?? '5.5',
    benchmark: report.benchmark.id,
    controlIds: numbers,
    section: c.section,
    assessment: c.assessment,
    severity: c.severity,
  };
  const fw = frameworksOf(c);
  if (fw.length > 0) properties.frameworks = Object.fromEntries(fw);

  return {
    id: ruleId,
    name: truncate(`${cisLabel} ${c.title}`, MAX_NAME),
    shortDescription: { text: truncate(c.title, MAX_DESCRIPTION) },
    fullDescription: { text: truncate(fullText, MAX_DESCRIPTION) },
    defaultConfiguration: { level },
    help: { text: helpText(report, controls), markdown: helpMarkdown(report, controls) },
    properties,
  };
}

function helpText(report: Report, controls: ControlInfo[]): string {
  const c = controls[0];
  const lines = [
    c.title,
    '',
    ...controls.map(
      (x) =>
        `${controlSourceTitle(report, x.controlId)}, recommendation ${x.controlId}` +
        (x.sectionTitle ? ` (${x.section} ${x.sectionTitle})` : '') +
        `; the benchmark marks it ${x.assessment}; severity ${x.severity}.`,
    ),
  ];
  if (c.rationale) lines.push('', `Why it matters: ${c.rationale}`);
  if (c.remediation) lines.push('', `How to fix: ${c.remediation}`);
  if (c.notes) lines.push('', `Note: ${c.notes}`);
  const fw = frameworksOf(c);
  if (fw.length > 0) lines.push('', `Mapped controls: ${fw.map(([k, ids]) => `${k} ${ids.join(', ')}`).join('; ')}.`);
  return lines.join('\n');
}

function helpMarkdown(report: Report, controls: ControlInfo[]): string {
  const c = controls[0];
  const out = [
    `**${md(c.title)}**`,
    '',
    '| Benchmark | Recommendation | Section | Assessment | Severity |',
    '| --- | --- | --- | --- | --- |',
    ...controls.map(
      (x) =>
        `| ${md(controlSourceTitle(report, x.controlId))} | ${md(x.controlId)} | ${md(`${x.section} ${x.sectionTitle}`.trim())} | ` +
        `${md(x.assessment)} | ${md(x.severity)} |`,
    ),
  ];
  if (c.rationale) out.push('', '### Why it matters', '', md(c.rationale));
  if (c.remediation) out.push('', '### How to fix', '', md(c.remediation));
  if (c.notes) out.push('', '### Note', '', md(c.notes));
  const fw = frameworksOf(c);
  if (fw.length > 0) {
    out.push('', '### Mapped controls', '', ...fw.map(([k, ids]) => `- ${md(k)}: ${ids.map(md).join(', ')}`));
  }
  return out.join('\n');
}

/** Escape text for Markdown (and the HTML it may contain) so data can never become markup or a link. */
function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()#+!|<>~]/g, (ch) => `\\${ch}`).replace(/\r?\n/g, ' ');
}

// ---------------------------------------------------------------------------------------------------------------
// Results

function sarifResult(r: Result, rules: RuleTable, paths: PathMapper): Sarif.Result {
  const ruleIndex = rules.indexFor(r);
  const loc = r.location;
  let text = `${targetLabel(r.target)}: ${r.message}`;
  const location: Sarif.Location = {};
  let related: Sarif.Location[] | undefined;

  const origin = loc ? paths.origin(loc) : undefined;
  if (loc && origin) {
    location.physicalLocation = { artifactLocation: origin.artifact, region: { startLine: 1 } };
    location.message = { text: origin.what };
    related = [{ id: 1, physicalLocation: paths.physical(loc), message: { text: 'rendered output' } }];
    text +=
      ` (found at line ${loc.startLine} of the rendered output in [${loc.file === '-' ? 'standard input' : loc.file}](1);` +
      ` the alert marks ${origin.helm ? 'the chart template' : 'the file that produced it'})`;
  } else if (loc) {
    location.physicalLocation = paths.physical(loc);
  }
  location.logicalLocations = [logicalLocation(r)];

  const fingerprint = createHash('sha256')
    .update([r.ruleId, targetIdentity(r.target), r.fieldPath ?? ''].join('\u0000'))
    .digest('hex')
    .slice(0, 32);

  const result: Sarif.Result = {
    ruleId: r.ruleId,
    ruleIndex,
    level: LEVEL[r.severity] ?? 'warning',
    message: { text: truncate(text, MAX_MESSAGE) },
    locations: [location],
  };
  if (related) result.relatedLocations = related;
  result.partialFingerprints = { primaryLocationLineHash: fingerprint, 'kubecisFinding/v1': fingerprint };
  const baseline = baselineStateOf(r);
  if (baseline) result.baselineState = baseline;

  const properties: Sarif.PropertyBag = { controlId: r.controlId, severity: r.severity };
  if (r.fieldPath) properties.fieldPath = r.fieldPath;
  const fw = frameworksOf(r);
  if (fw.length > 0) properties.frameworks = Object.fromEntries(fw);
  result.properties = properties;
  return result;
}

function logicalLocation(r: Result): Sarif.LogicalLocation {
  const t = r.target;
  const parts: string[] = [];
  if (t.cluster) parts.push(t.cluster);
  if (t.kind === 'Node' || t.kind === 'Cluster' || t.kind === 'Namespace') {
    parts.push(t.kind, t.name);
  } else {
    if (t.node) parts.push('Node', t.node);
    if (t.namespace) parts.push(t.namespace);
    parts.push(t.kind, t.name);
  }
  const logical: Sarif.LogicalLocation = {
    name: t.name,
    fullyQualifiedName: parts.join('/'),
    kind: t.kind === 'Node' || t.kind === 'Cluster' ? 'module' : t.kind === 'Namespace' ? 'namespace' : 'resource',
  };
  const props: Sarif.PropertyBag = { kubernetesKind: t.kind };
  if (t.namespace) props.namespace = t.namespace;
  if (t.node) props.node = t.node;
  if (t.cluster) props.cluster = t.cluster;
  logical.properties = props;
  return logical;
}

/** Keep at most `max` results: the most severe, each group in engine order, and the output in engine order. */
function keepMostSevere(results: Result[], max: number): Result[] {
  if (results.length <= max) return results;
  const order = results.map((r, i) => ({ i, rank: severityRank(r.severity) }));
  order.sort((a, b) => a.rank - b.rank || a.i - b.i);
  const keep = new Set(order.slice(0, max).map((x) => x.i));
  return results.filter((_, i) => keep.has(i));
}

function executionNotifications(
  report: Report,
  rules: RuleTable,
  paths: PathMapper,
  truncatedResults: number,
): Sarif.Notification[] {
  const out: Sarif.Notification[] = [];
  if (truncatedResults > 0) {
    out.push({
      descriptor: { id: 'results-over-limit' },
      level: 'warning',
      message: {
        text: `${truncatedResults} failing results were left out: code scanning accepts at most ${MAX_RESULTS_PER_RUN} results per run; the least severe were dropped`,
      },
    });
  }
  let skipped = 0;
  for (const e of report.errors) {
    if (out.length >= MAX_NOTIFICATIONS) {
      skipped++;
      continue;
    }
    const n: Sarif.Notification = {
      descriptor: { id: 'input-error' },
      level: 'error',
      message: { text: truncate(`${e.file}: ${e.message}`, MAX_MESSAGE) },
    };
    if (e.file && e.file !== '-') {
      n.locations = [
        {
          physicalLocation: {
            artifactLocation: paths.artifact(e.file),
            ...(e.line && e.line >= 1 ? { region: { startLine: e.line } } : {}),
          },
        },
      ];
    }
    out.push(n);
  }
  for (const r of report.results) {
    if (r.status !== 'error' || baselineStateOf(r) === 'absent') continue;
    if (out.length >= MAX_NOTIFICATIONS) {
      skipped++;
      continue;
    }
    const n: Sarif.Notification = {
      descriptor: { id: 'control-error' },
      associatedRule: { id: r.ruleId, index: rules.indexFor(r) },
      level: 'error',
      message: { text: truncate(`${controlLabel(r.controlId)} could not be decided for ${targetLabel(r.target)}: ${r.message}`, MAX_MESSAGE) },
    };
    if (r.location) n.locations = [{ physicalLocation: paths.physical(r.location) }];
    out.push(n);
  }
  if (skipped > 0) {
    out.push({
      descriptor: { id: 'notifications-over-limit' },
      level: 'warning',
      message: { text: `${skipped} more errors are not listed here; see the JSON or HTML report` },
    });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Paths

class PathMapper {
  private readonly prefix: string;
  private readonly baseUri?: string;
  private readonly chartPath?: string;
  private readonly stdinPath?: string;

  constructor(opts: SarifOptions) {
    const root = normalizePath(opts.srcRoot ?? '');
    if (isAbsolute(root)) {
      this.prefix = '';
      this.baseUri = `${toFileUri(root).replace(/\/+$/, '')}/`;
    } else {
      this.prefix = root === '.' ? '' : root;
    }
    if (opts.chartPath !== undefined) this.chartPath = normalizePath(opts.chartPath);
    if (opts.stdinPath) this.stdinPath = normalizePath(opts.stdinPath);
  }

  originalUriBaseIds(): Record<string, Sarif.ArtifactLocation> {
    return {
      [SRCROOT]: this.baseUri
        ? { uri: this.baseUri, description: { text: 'The scanned root' } }
        : { description: { text: 'The repository root; file paths are relative to it' } },
    };
  }

  artifact(file: string): Sarif.ArtifactLocation {
    if (file === '-') return { description: { text: 'standard input' } };
    const p = normalizePath(file);
    if (isAbsolute(p)) return { uri: toFileUri(p) };
    return { uri: encodePath(join(this.prefix, p)), uriBaseId: SRCROOT };
  }

  /** Where an alert on rendered input should land instead of the rendered position, if anywhere. */
  origin(loc: ResultLocation): { artifact: Sarif.ArtifactLocation; what: string; helm: boolean } | undefined {
    if (loc.helmSource) {
      return { artifact: this.helmArtifact(loc.helmSource), what: 'Chart template that renders this resource', helm: true };
    }
    if (loc.file === '-' && this.stdinPath !== undefined) {
      const p = this.stdinPath;
      const artifact = isAbsolute(p) ? { uri: toFileUri(p) } : { uri: encodePath(p), uriBaseId: SRCROOT };
      return { artifact, what: 'File that renders this resource', helm: false };
    }
    return undefined;
  }

  private helmArtifact(source: string): Sarif.ArtifactLocation {
    const p = normalizePath(source);
    if (this.chartPath !== undefined && !isAbsolute(p)) {
      const rest = p.includes('/') ? p.slice(p.indexOf('/') + 1) : p;
      return { uri: encodePath(join(this.chartPath, rest)), uriBaseId: SRCROOT };
    }
    return this.artifact(p);
  }

  physical(loc: ResultLocation): Sarif.PhysicalLocation {
    return { artifactLocation: this.artifact(loc.file), region: region(loc) };
  }
}

function region(loc: ResultLocation): Sarif.Region {
  const startLine = Math.max(1, Math.trunc(loc.startLine) || 1);
  const startColumn = Math.max(1, Math.trunc(loc.startColumn) || 1);
  const r: Sarif.Region = { startLine, startColumn };
  const endLine = loc.endLine !== undefined ? Math.trunc(loc.endLine) : startLine;
  // Without a known end column SARIF reads the region as running to the end of the line, which is what we mean.
  if (endLine >= startLine) {
    r.endLine = endLine;
    if (loc.endColumn !== undefined && loc.endColumn >= 1 && (endLine > startLine || loc.endColumn >= startColumn)) {
      r.endColumn = Math.trunc(loc.endColumn);
    }
  }
  return r;
}

function normalizePath(p: string): string {
  let s = p.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  while (s.startsWith('./')) s = s.slice(2);
  if (s.length > 1) s = s.replace(/\/+$/, '');
  return s;
}

function isAbsolute(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:\//.test(p) || /^file:/i.test(p);
}

function toFileUri(p: string): string {
  if (/^file:/i.test(p)) return p;
  return `file://${p.startsWith('/') ? '' : '/'}${encodePath(p, true)}`;
}

function join(prefix: string, p: string): string {
  return prefix ? `${prefix}/${p}` : p;
}

/**
 * Percent-encode each path segment (`/` separates segments). A `:` is kept only inside file URIs (drive letters); in a
 * relative reference it would read as a URI scheme.
 */
function encodePath(p: string, keepColon = false): string {
  return p
    .split('/')
    .map((seg) => (keepColon ? encodeURIComponent(seg).replace(/%3A/gi, ':') : encodeURIComponent(seg)))
    .join('/');
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]]));
}
