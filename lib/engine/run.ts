// The engine: pick the benchmark's rules, hand each its targets, guard every evaluate call, sort results once.
import type { Loc, NodeFacts, Resource, Snapshot } from '../model/types.js';
import type { ControlInfo, Report, Result, ResultLocation, ResultTarget, Summary } from '../report/types.js';
import { SnapshotIndex, WORKLOAD_KINDS } from '../rule/snapshot-index.js';
import type { ClusterTarget, NamespaceTarget, Rule, RuleContext, Target, Verdict } from '../rule/types.js';
import { locatedIn } from '../rule/define.js';
import { memoWeak } from '../memo.js';
import type { Benchmark } from './benchmark.js';
import { compareControlIds } from './control-id.js';
import { frameworksForRule, frameworkView } from '../frameworks.js';

export interface ScanOptions {
  readonly snapshot: Snapshot;
  readonly benchmark: Benchmark;
  /** Profiles evaluated with the benchmark (--profile): their controls join the same report under their own ids. */
  readonly profiles?: readonly Benchmark[];
  readonly rules: Readonly<Record<string, Rule>>;
  readonly toolVersion: string;
  /** ISO time passed in by bin/; lib/ never reads the clock. */
  readonly startedAt?: string;
  readonly inputs: readonly string[];
  readonly selectedBy?: string;
  /** Kubernetes minor version to assume when the input does not say (e.g. from --kubernetes-version). */
  readonly kubernetesMinor?: number;
  readonly options?: Readonly<Record<string, unknown>>;
  /** Framework ids to add a framework view for (--framework). */
  readonly frameworks?: readonly string[];
  /** Called after each control's rule has run (for progress display). */
  readonly onProgress?: (p: { readonly controls: number; readonly totalControls: number; readonly resources: number }) => void;
}

export interface Evaluated {
  readonly target: Target;
  readonly resultTarget: ResultTarget;
  readonly fallbackLoc?: ResultLocation;
  readonly verdict: Verdict;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export function kubernetesMinorOf(version: string | undefined): number | undefined {
  const m = /^v?1\.(\d+)/.exec(version ?? '');
  return m ? Number(m[1]) : undefined;
}

export function makeContext(
  snapshot: Snapshot,
  benchmarkId: string,
  kubernetesMinor?: number,
  options?: Readonly<Record<string, unknown>>,
): RuleContext {
  return Object.freeze({
    snapshot,
    index: new SnapshotIndex(snapshot),
    benchmarkId,
    kubernetesMinor: kubernetesMinorOf(snapshot.serverVersion) ?? kubernetesMinor,
    options: Object.freeze({ ...(options ?? {}) }),
  });
}

export function runScan(o: ScanOptions): Report {
  const { snapshot, benchmark } = o;
  const ctx = makeContext(snapshot, benchmark.id, o.kubernetesMinor, o.options);
  const sets = [benchmark, ...(o.profiles ?? []).filter((p, i, all) => p.id !== benchmark.id && all.findIndex((q) => q.id === p.id) === i)];
  const sectionTitles = new Map(sets.flatMap((b) => b.sections.map((s) => [s.id, s.title] as const)));
  const results: Result[] = [];
  const controls: ControlInfo[] = [];
  const unplaced = new Map<Resource, [Mutable<Result>, Verdict][]>();
  const recommendations = sets.flatMap((b) => b.recommendations);
  const totalControls = recommendations.reduce((n, r) => n + r.rules.length, 0);
  let controlsDone = 0;
  for (const rec of recommendations) {
    for (const ruleId of rec.rules) {
      const rule = o.rules[ruleId];
      if (!rule) {
        // A benchmark naming a rule that does not exist is a packaging bug; say so rather than skip the control.
        results.push({
          controlId: rec.id, ruleId, title: ruleId, severity: 'medium', status: 'error',
          target: { kind: 'Cluster', name: clusterName(snapshot) },
          message: `rule "${ruleId}" is not part of this build of kubecis`,
        });
        continue;
      }
      const frameworks = frameworksForRule(ruleId);
      // Results carry only the frameworks asked for (--framework); controls[] always carry every mapping.
      const resultFrameworks = o.frameworks?.length
        ? Object.fromEntries(Object.entries(frameworks).filter(([id]) => o.frameworks!.includes(id)))
        : undefined;
      controls.push({
        controlId: rec.id,
        ruleId,
        section: rec.section,
        sectionTitle: sectionTitles.get(rec.section) ?? rec.section,
        title: rule.title,
        assessment: rec.assessment,
        severity: rule.severity,
        rationale: rule.rationale,
        remediation: rule.remediation,
        ...(rule.notes ? { notes: rule.notes } : {}),
        frameworks,
      });
      visitRule(rule, ctx, (_target, resultTarget, fallback, v) => {
        const at = locatedIn(v);
        // Built key by key in the report's order. A verdict at a field gets its location below, once every rule
        // has run; its key is set now so that it keeps its place.
        const result = { controlId: rec.id, ruleId, title: rule.title, severity: rule.severity, status: v.status, target: resultTarget } as Mutable<Result>;
        if (at) result.location = undefined;
        else if (v.loc) result.location = locationOf(v.loc);
        else if (v.status !== 'pass' && v.status !== 'not-applicable' && fallback) result.location = locationOf(fallback);
        result.message = v.message;
        if (v.fieldPath) result.fieldPath = v.fieldPath;
        if (resultFrameworks) result.frameworks = resultFrameworks;
        results.push(result);
        if (at) {
          const list = unplaced.get(at);
          if (list) list.push([result, v]);
          else unplaced.set(at, [[result, v]]);
        }
      }, true);
      o.onProgress?.({ controls: ++controlsDone, totalControls, resources: snapshot.resources.length });
    }
  }
  // Place findings resource by resource: each resource's syntax tree is built once for all its findings, whichever
  // rules made them, and let go before the next, so trees do not pile up over a large scan.
  for (const [resource, list] of unplaced) {
    for (const [result, verdict] of list) result.location = toLocation(verdict.loc!);
    resource.forgetPositions?.();
  }
  unplaced.clear();
  results.sort(compareResults);
  controls.sort((a, b) => compareControlIds(a.controlId, b.controlId) || cmp(a.ruleId, b.ruleId));
  return {
    schemaVersion: 1,
    tool: { name: 'kubecis', version: o.toolVersion },
    benchmark: {
      id: benchmark.id,
      title: benchmark.title,
      ...(o.selectedBy ? { selectedBy: o.selectedBy } : {}),
      ...(sets.length > 1 ? { profiles: sets.slice(1).map((p) => ({ id: p.id, title: p.title })) } : {}),
    },
    scan: {
      ...(o.startedAt ? { startedAt: o.startedAt } : {}),
      inputs: [...o.inputs],
      ...(snapshot.clusterName ? { clusterName: snapshot.clusterName } : {}),
      ...(snapshot.serverVersion ? { serverVersion: snapshot.serverVersion } : {}),
      bundles: snapshot.bundles.map((b) => ({
        file: b.file,
        mode: b.mode,
        ...(b.node ? { node: b.node } : {}),
        ...(b.collectedFrom ? { collectedFrom: b.collectedFrom } : {}),
        ...(b.startedAt ? { startedAt: b.startedAt } : {}),
        ...(b.finishedAt ? { finishedAt: b.finishedAt } : {}),
      })),
      nodes: snapshot.nodes.map((n) => n.name).sort(),
      resources: snapshot.resources.length,
    },
    controls,
    results,
    summary: summarize(results),
    ...(o.frameworks && o.frameworks.length > 0 ? { frameworkViews: o.frameworks.map((id) => frameworkView(results, id, controls)) } : {}),
    errors: snapshot.errors.map((e) => ({ file: e.file, message: e.message, ...(e.line !== undefined ? { line: e.line } : {}) })),
  };
}

function clusterName(s: Snapshot): string {
  return s.clusterName ?? 'cluster';
}

/** Evaluate one rule over its targets in a snapshot (exported for the rule test helper). */
export function evaluateRule(rule: Rule, ctx: RuleContext): Evaluated[] {
  const out: Evaluated[] = [];
  visitRule(rule, ctx, (target, resultTarget, fallback, verdict) => out.push({ target, resultTarget, fallbackLoc: fallback && locationOf(fallback), verdict }));
  return out;
}

/** `fallback`: where the target itself is, for a verdict that names no place (converted only when used). */
type Sink = (target: Target, resultTarget: ResultTarget, fallback: Loc | undefined, verdict: Verdict) => void;

/** Evaluate one rule over its targets, handing each verdict to `sink` as it comes (runScan keeps no list of them). */
function visitRule(rule: Rule, ctx: RuleContext, sink: Sink, inReportOrder = false): void {
  const { snapshot, index } = ctx;
  const scope = rule.scope;
  const run = (target: Target, resultTarget: ResultTarget, fallback?: Loc) => sink(target, resultTarget, fallback, guard(rule, target, ctx));
  const none = (message: string) => {
    const e = empty(snapshot, message);
    sink(e.target, e.resultTarget, undefined, e.verdict);
  };
  if ('resource' in scope) {
    const kinds = scope.resource;
    const targets = inReportOrder ? targetsInReportOrder(index, kinds) : targetsOf(index, kinds);
    for (const r of targets) run(r, resourceTarget(r), r.loc);
    if (targets.length === 0) none(`no ${kinds.join(', ')} objects in the input`);
  } else if ('namespace' in scope) {
    const names = index.namespaces();
    for (const name of names) {
      const resource = index.get('Namespace', undefined, name);
      const t: NamespaceTarget = Object.freeze({ name, ...(resource ? { resource } : {}) });
      run(t, { kind: 'Namespace', name, ...(snapshot.clusterName ? { cluster: snapshot.clusterName } : {}) }, resource?.loc);
    }
    if (names.length === 0) none('no namespaces in the input');
  } else if ('node' in scope) {
    const roles = scope.node;
    const nodes = snapshot.nodes.filter((n) => n.roles.some((r) => roles.includes(r)));
    for (const n of nodes) run(n, nodeTarget(n));
    if (nodes.length === 0) {
      const why = snapshot.nodes.length === 0
        ? 'no node bundle or node configuration in the input'
        : `no ${roles.join(' or ')} node in the input (a managed control plane is judged by the provider)`;
      none(why);
    }
  } else {
    const t: ClusterTarget = Object.freeze({ name: clusterName(snapshot) });
    run(t, { kind: 'Cluster', name: t.name });
  }
}

/** The objects a resource-scoped rule judges, in input order (top-level workloads, then the other kinds). */
function targetsOf(index: SnapshotIndex, kinds: readonly string[]): readonly Resource[] {
  const workloadKinds = kinds.filter((k) => WORKLOAD_KINDS.includes(k));
  return [...index.topLevel(workloadKinds), ...kinds.filter((k) => !WORKLOAD_KINDS.includes(k)).flatMap((k) => index.byKind(k))];
}

/**
 * The same targets in the order the report sorts results (kind, namespace, name, place), worked out once per scan
 * and set of kinds: the results of most rules then come out already sorted, and the final sort has little to do.
 */
const inOrder = memoWeak((_index: SnapshotIndex) => new Map<string, readonly Resource[]>());
function targetsInReportOrder(index: SnapshotIndex, kinds: readonly string[]): readonly Resource[] {
  const known = inOrder(index);
  const key = kinds.join(',');
  let sorted = known.get(key);
  if (!sorted) {
    sorted = [...targetsOf(index, kinds)].sort(
      (a, b) =>
        cmp(a.kind, b.kind) || cmp(a.namespace, b.namespace) || cmp(a.name, b.name) || cmp(a.loc.file, b.loc.file) || a.loc.line - b.loc.line || a.loc.column - b.loc.column,
    );
    known.set(key, sorted);
  }
  return sorted;
}

function empty(snapshot: Snapshot, message: string): Evaluated {
  const t: ClusterTarget = { name: clusterName(snapshot) };
  return { target: t, resultTarget: { kind: 'Cluster', name: t.name }, verdict: { status: 'not-applicable', message } };
}

/** Every evaluate call goes through here: a throw is a rule bug and becomes an error verdict. */
function guard(rule: Rule, target: Target, ctx: RuleContext): Verdict {
  try {
    const v = rule.evaluate(target, ctx);
    if (!v || typeof v.status !== 'string' || typeof v.message !== 'string') {
      return { status: 'error', message: `rule "${rule.id}" returned no verdict` };
    }
    return v;
  } catch (e) {
    const msg = e instanceof Error ? e.message.split('\n')[0] : 'unknown error';
    return { status: 'error', message: `rule "${rule.id}" failed: ${msg}` };
  }
}

// A resource is the target of one result per rule, and its position the location of most of them: each is made
// once and shared (results are never changed in place). Weak, so a long-running watch does not keep old scans.
const locationOf: (l: Loc) => ResultLocation = memoWeak(toLocation);
const resourceTarget: (r: Resource) => ResultTarget = memoWeak(makeTarget);

function makeTarget(r: Resource): ResultTarget {
  return {
    kind: r.kind,
    ...(r.namespace !== undefined ? { namespace: r.namespace } : {}),
    name: r.name,
    ...(r.cluster !== undefined ? { cluster: r.cluster } : {}),
  };
}

function nodeTarget(n: NodeFacts): ResultTarget {
  return { kind: 'Node', name: n.name, node: n.name, ...(n.cluster ? { cluster: n.cluster } : {}) };
}

function toLocation(l: { file: string; line: number; column: number; endLine?: number; endColumn?: number; helmSource?: string }): ResultLocation {
  const out = { file: l.file, startLine: l.line, startColumn: l.column } as Mutable<ResultLocation>;
  if (l.endLine !== undefined) out.endLine = l.endLine;
  if (l.endColumn !== undefined) out.endColumn = l.endColumn;
  if (l.helmSource) out.helmSource = l.helmSource;
  return out;
}

function cmp(a: string | undefined, b: string | undefined): number {
  const x = a ?? '';
  const y = b ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** The one ordering of results: control id (numeric segments), rule, target kind, namespace, name, node, then location. */
export function compareResults(a: Result, b: Result): number {
  return (
    compareControlIds(a.controlId, b.controlId) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.target.kind, b.target.kind) ||
    cmp(a.target.namespace, b.target.namespace) ||
    cmp(a.target.name, b.target.name) ||
    cmp(a.target.node, b.target.node) ||
    cmp(a.location?.file, b.location?.file) ||
    (a.location?.startLine ?? 0) - (b.location?.startLine ?? 0) ||
    (a.location?.startColumn ?? 0) - (b.location?.startColumn ?? 0) ||
    cmp(a.message, b.message)
  );
}

/** Counts by status; `absent` results (from a baseline, gone now) are not part of this scan and are not counted. */
export function summarize(results: readonly Result[]): Summary {
  const s = { pass: 0, fail: 0, manual: 0, notApplicable: 0, error: 0, waived: 0 };
  for (const r of results) {
    if (r.baselineState === 'absent') continue;
    if (r.status === 'pass') s.pass++;
    else if (r.status === 'fail') s.fail++;
    else if (r.status === 'manual') s.manual++;
    else if (r.status === 'not-applicable') s.notApplicable++;
    else if (r.status === 'error') s.error++;
    else if (r.status === 'waived') s.waived++;
  }
  return s;
}
