// One scan from the command line's point of view: options -> snapshot -> report, then waivers and baseline.
// Shared by `kubecis scan` and `kubecis watch`.
import { availableParallelism } from 'node:os';
import * as path from 'node:path';
import type minimist from 'minimist';
import { loadSnapshot, type SnapshotOptions } from '../lib/load/index.js';
import { DEFAULT_LOAD_LIMITS, type LoadLimits } from '../lib/load/sources.js';
import { DEFAULT_PARSE_LIMITS, type ParseLimits } from '../lib/model/parse.js';
import { runScan, type ScanOptions } from '../lib/engine/run.js';
import { inputFacts } from '../lib/engine/facts.js';
import { applyBaseline } from '../lib/engine/baseline.js';
import { annotationWaivers, applyWaivers, type Waiver } from '../lib/engine/waivers.js';
import { readReport } from '../lib/load/report.js';
import { findRootConfigs, readWaivers } from '../lib/load/waivers.js';
import type { Snapshot } from '../lib/model/types.js';
import type { Report } from '../lib/report/types.js';
import { rules } from '../rules/index.js';
import { detectBenchmark, getBenchmark, isProfile } from '../lib/benchmarks.js';
import { allowedRegistries, profileSettings, readProjectConfig } from '../lib/load/config.js';
import { FRAMEWORK_IDS } from '../lib/frameworks.js';
import { asArray, dateOf, printable, UsageError } from './common.js';

export interface ScanSettings {
  readonly benchmark: string;
  /** Profiles evaluated with the benchmark (--profile); with no --benchmark the first profile is the benchmark. */
  readonly profiles: readonly string[];
  /** --allowed-registries as given (comma-separated). */
  readonly allowedRegistries?: string;
  readonly kubernetesMinor?: number;
  readonly frameworks: readonly string[];
  readonly loadLimits: LoadLimits;
  readonly parseLimits: ParseLimits;
  /** --threads: threads that parse large inputs. */
  readonly threads: number;
  readonly toolVersion: string;
  readonly readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** --debug: print the stack of a throw while reading one file (the file itself becomes an input error). */
  readonly debug?: boolean;
}

function positiveInt(args: minimist.ParsedArgs, name: string, def: number): number {
  const v = args[name];
  if (v === undefined) return def;
  const n = Number(v);
  if (!Number.isSafeInteger(n) || n <= 0) throw new UsageError(`--${name} takes a positive whole number`);
  return n;
}

/** Check and collect the options that shape a scan (benchmark, versions, frameworks, limits). */
export function scanSettings(args: minimist.ParsedArgs, toolVersion: string, readStdin?: (maxBytes: number) => Promise<Buffer>): ScanSettings {
  const kv = args['kubernetes-version'] !== undefined ? String(args['kubernetes-version']) : undefined;
  const kubernetesMinor = kv === undefined ? undefined : Number(/^v?1\.(\d+)/.exec(kv)?.[1] ?? NaN);
  if (kubernetesMinor !== undefined && !Number.isInteger(kubernetesMinor)) throw new UsageError('--kubernetes-version takes a version such as 1.31');
  const frameworks = asArray(args.framework);
  for (const f of frameworks) {
    if (!(FRAMEWORK_IDS as readonly string[]).includes(f)) throw new UsageError(`unknown framework "${f}" (use ${FRAMEWORK_IDS.join(', ')})`);
  }
  const profiles = asArray(args.profile);
  for (const p of profiles) if (!isProfile(p)) throw new UsageError(`unknown profile "${p}" (see kubecis benchmarks)`);
  // --profile alone runs only the profile; with --benchmark (auto included) both run into one report.
  const benchmark = args.benchmark !== undefined ? String(args.benchmark) : profiles.length > 0 ? profiles[0] : 'auto';
  if (benchmark !== 'auto' && !getBenchmark(benchmark)) throw new UsageError(`unknown benchmark "${benchmark}" (see kubecis benchmarks)`);
  return {
    benchmark,
    profiles,
    ...(args['allowed-registries'] !== undefined ? { allowedRegistries: String(args['allowed-registries']) } : {}),
    ...(kubernetesMinor !== undefined ? { kubernetesMinor } : {}),
    frameworks,
    toolVersion,
    ...(readStdin ? { readStdin } : {}),
    ...(args.debug ? { debug: true } : {}),
    loadLimits: {
      maxFileBytes: positiveInt(args, 'max-file-size', DEFAULT_LOAD_LIMITS.maxFileBytes),
      maxArchiveBytes: positiveInt(args, 'max-archive-size', DEFAULT_LOAD_LIMITS.maxArchiveBytes),
      maxEntries: positiveInt(args, 'max-entries', DEFAULT_LOAD_LIMITS.maxEntries),
    },
    // auto: both cores of a laptop; more threads mostly add copying between them.
    threads: args.threads === undefined || args.threads === 'auto' ? Math.min(2, availableParallelism()) : positiveInt(args, 'threads', 1),
    parseLimits: {
      maxDocuments: positiveInt(args, 'max-documents', DEFAULT_PARSE_LIMITS.maxDocuments),
      maxDepth: positiveInt(args, 'max-depth', DEFAULT_PARSE_LIMITS.maxDepth),
      maxAliasCount: positiveInt(args, 'max-aliases', DEFAULT_PARSE_LIMITS.maxAliasCount),
    },
  };
}

export function loadInputsSnapshot(inputs: readonly string[], s: ScanSettings, onProgress?: SnapshotOptions['onProgress']): Promise<Snapshot> {
  return loadSnapshot(inputs, {
    readStdin: s.readStdin, loadLimits: s.loadLimits, parseLimits: s.parseLimits, threads: s.threads,
    ...(onProgress ? { onProgress } : {}),
    ...(s.debug ? { onInternalError: printInternalError } : {}),
  });
}

/** The stack of a throw while reading a file, without its message: a library's message can quote the input. */
function printInternalError(file: string, e: unknown): void {
  const frames = e instanceof Error && e.stack ? e.stack.split('\n').filter((l) => /^\s+at /.test(l)) : [];
  process.stderr.write(`kubecis: internal error while reading ${printable(file)}: ${e instanceof Error ? e.name : typeof e} (message withheld)\n${frames.join('\n')}\n`);
}

/**
 * Options rules read through ctx.options: the registry allow-list (--allowed-registries, else allowedRegistries in the
 * scanned folder's .kubecis.yaml), the other kubecis-hardening settings of that file, and the baseline report (rules
 * that compare with the previous scan).
 */
export async function ruleOptions(s: ScanSettings, inputs: readonly string[], baseline?: Report): Promise<Record<string, unknown>> {
  const config = await readProjectConfig(inputs);
  for (const e of config.errors) throw new UsageError(`${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
  const registries = allowedRegistries(s.allowedRegistries, config);
  if (registries.problem) throw new UsageError(registries.problem);
  const settings = profileSettings(config);
  if (settings.problem) throw new UsageError(settings.problem);
  return { ...settings.value, ...(registries.value ? { allowedRegistries: registries.value } : {}), ...(baseline ? { baseline } : {}) };
}

/** Evaluate a loaded snapshot (which must hold something) with the benchmark asked for or detected, and the profiles. */
export function evaluate(
  snapshot: Snapshot,
  inputs: readonly string[],
  s: ScanSettings,
  startedAt: string,
  options: Readonly<Record<string, unknown>> = {},
  onProgress?: ScanOptions['onProgress'],
): Report {
  let benchmarkId = s.benchmark;
  let selectedBy: string | undefined;
  if (benchmarkId === 'auto') {
    const picked = detectBenchmark(inputFacts(snapshot, s.kubernetesMinor));
    benchmarkId = picked.id;
    selectedBy = picked.reason;
  }
  const benchmark = getBenchmark(benchmarkId);
  if (!benchmark) throw new Error(`benchmark "${benchmarkId}" is missing from this build`);
  return runScan({
    snapshot,
    benchmark,
    profiles: s.profiles.filter((p) => p !== benchmark.id).map((p) => getBenchmark(p)!),
    options,
    rules,
    toolVersion: s.toolVersion,
    startedAt,
    // Sorted: the order they were named in must not change the report (determinism).
    inputs: inputs.map((i) => i.split(path.sep).join('/')).sort(),
    selectedBy,
    kubernetesMinor: s.kubernetesMinor,
    frameworks: s.frameworks,
    ...(onProgress ? { onProgress } : {}),
  });
}

/** Waivers from --waivers files and `.kubecis.yaml` at the root of scanned folders; a bad file is a usage error. */
export async function loadWaivers(files: readonly string[], inputs: readonly string[]): Promise<Waiver[]> {
  const all = [...files.map((f) => ({ f, projectConfig: false })), ...(await findRootConfigs(inputs)).map((f) => ({ f, projectConfig: true }))];
  const waivers: Waiver[] = [];
  for (const { f, projectConfig } of all) {
    const { waivers: w, problems } = await readWaivers(f, { projectConfig });
    if (problems.length) {
      throw new UsageError(`invalid waivers file:\n${problems.map((p) => `  ${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}`).join('\n')}`);
    }
    waivers.push(...w);
  }
  return waivers;
}

/** A baseline report; a missing or invalid one is a usage error naming the problem. */
export async function loadBaseline(file: string): Promise<Report> {
  const r = await readReport(file);
  if (!r.report) throw new UsageError(`--baseline ${file}: ${r.error}`);
  return r.report;
}

/** Waivers (file and annotation), then drift against the baseline. Waivers come first so fail -> waived is drift. */
export function postProcess(report: Report, snapshot: Snapshot, o: { waivers: readonly Waiver[]; baseline?: Report; startedAt: string }): Report {
  const fromAnnotations = annotationWaivers(snapshot.resources);
  let out = report;
  if (o.waivers.length > 0 || fromAnnotations.waivers.length > 0 || fromAnnotations.errors.length > 0) {
    out = applyWaivers(out, { waivers: [...o.waivers, ...fromAnnotations.waivers], today: dateOf(o.startedAt), errors: fromAnnotations.errors });
  }
  if (o.baseline) out = applyBaseline(out, o.baseline);
  return out;
}
