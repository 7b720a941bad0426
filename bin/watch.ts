// kubecis watch DROP_DIR --out DIR: scan each bundle carried into a drop folder, once, when it is complete.
//
// Boundary: this module owns the process side of continuous scanning (timers, signals, stderr, moving files, the
// state file); loading is lib/load, judging lib/engine, formatting lib/report, as for `kubecis scan`.
//
// - Complete: a `*.tar.gz` / `*.tgz` (not a dot file) is scanned when its size and mtime are the same at two
//   consecutive polls: a bundle renamed into the folder qualifies at the next poll, one being copied does not until
//   the copy ends, and one that changed while it was read waits for the next two. If a stable file still reads as a
//   truncated archive (a copy that stalled), it waits INCOMPLETE_POLLS more unchanged polls before it is
//   quarantined, so a slow copy is never scanned half-done.
// - Once: DIR/.kubecis-watch-state.json (written atomically after every bundle) records each file handled (name, size,
//   mtime), so a restart skips them, and a file replaced under the same name (new size or mtime) is scanned again.
// - Out: DIR/<series>/<time>.json, .html, .sarif (the JSON carries baselineState against the previous scan of the
//   same series) and <time>.drift.json (kubecis diff against it). A series is the cluster (`default` for manifests),
//   with `.<node>` added for a node bundle, so node bundles of one cluster are not compared with each other.
// - Bad bundles (nothing readable, bundle.json refused, members failing their checksums, truncated archives) move to
//   DROP_DIR/quarantine/ with <name>.reason.txt.
// - SIGTERM / SIGINT: the current scan finishes, the state is written, exit 0.
import { promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import type minimist from 'minimist';
import { diffReports } from '../lib/engine/baseline.js';
import { clusterOf, historyLocation, safeName } from '../lib/engine/trend.js';
import { readReport } from '../lib/load/report.js';
import { renderJson } from '../lib/report/json.js';
import { renderJsonValue } from '../lib/report/continuous.js';
import type { Report } from '../lib/report/types.js';
import type { Snapshot } from '../lib/model/types.js';
import { asArray, parseDuration, UsageError, writeAtomic } from './common.js';
import { evaluate, loadInputsSnapshot, loadWaivers, postProcess, ruleOptions, scanSettings, type ScanSettings } from './scan-core.js';

export const STATE_FILE = '.kubecis-watch-state.json';
const BUNDLE_RE = /\.(tar\.gz|tgz)$/i;
/** Unchanged polls a stable but truncated archive gets before it is taken as broken rather than still arriving. */
const INCOMPLETE_POLLS = 5;

interface Handled {
  readonly size: number;
  readonly mtimeMs: number;
  readonly at: string;
  readonly outcome: 'scanned' | 'quarantined';
  readonly series?: string;
  /** Report path relative to the output folder. */
  readonly report?: string;
  readonly reason?: string;
}

interface WatchState {
  version: 1;
  /** Files handled, by name in the drop folder. */
  handled: Record<string, Handled>;
  /** Latest report (relative path) per series, the baseline of the next scan of that series. */
  latest: Record<string, string>;
}

interface Seen {
  size: number;
  mtimeMs: number;
  /** Polls it has been stable and still read as truncated. */
  truncatedPolls: number;
}

type Fields = Record<string, string | number | boolean | undefined>;

export async function watchCommand(args: minimist.ParsedArgs, rest: string[], toolVersion: string): Promise<number> {
  if (rest.length !== 1) throw new UsageError('watch takes one drop folder: kubecis watch DROP_DIR --out DIR');
  if (!args.out) throw new UsageError('watch needs --out DIR for reports and its state');
  const drop = rest[0];
  const out = String(args.out);
  const interval = parseDuration(String(args.interval ?? '60s'), '--interval');
  const logFormat = String(args['log-format'] ?? 'text');
  if (logFormat !== 'text' && logFormat !== 'json') throw new UsageError('--log-format takes text or json');
  const settings = scanSettings(args, toolVersion);
  const waivers = await loadWaivers(asArray(args.waivers), []);
  try {
    if (!(await fs.stat(drop)).isDirectory()) throw new Error();
  } catch {
    throw new UsageError(`watch: ${drop} is not a folder`);
  }
  await fs.mkdir(out, { recursive: true });
  const stateFile = path.join(out, STATE_FILE);
  const state = await readState(stateFile);

  const log = (event: string, fields: Fields = {}): void => {
    const time = new Date().toISOString();
    if (logFormat === 'json') {
      process.stderr.write(`${JSON.stringify({ time, event, ...fields })}\n`);
    } else {
      const kv = Object.entries(fields)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${k}=${typeof v === 'string' && /[\s"=]/.test(v) ? JSON.stringify(v) : String(v)}`);
      process.stderr.write(`kubecis watch: ${time} ${event}${kv.length ? ` ${kv.join(' ')}` : ''}\n`);
    }
  };

  let stopping = false;
  let wake: (() => void) | undefined;
  const stop = (signal: string) => {
    if (!stopping) log('stopping', { signal });
    stopping = true;
    wake?.();
  };
  const onTerm = () => stop('SIGTERM');
  const onInt = () => stop('SIGINT');
  process.on('SIGTERM', onTerm);
  process.on('SIGINT', onInt);

  const seen = new Map<string, Seen>();
  const ctx: Ctx = { drop, out, settings, waivers, state, stateFile, log };
  log('started', { drop, out, interval: `${interval}ms`, handled: Object.keys(state.handled).length });
  try {
    while (!stopping) {
      await poll(ctx, seen, () => stopping);
      if (stopping) break;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, interval);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    process.off('SIGTERM', onTerm);
    process.off('SIGINT', onInt);
  }
  await writeState(stateFile, state);
  log('stopped', { handled: Object.keys(state.handled).length });
  return 0;
}

interface Ctx {
  readonly drop: string;
  readonly out: string;
  readonly settings: ScanSettings;
  readonly waivers: Awaited<ReturnType<typeof loadWaivers>>;
  readonly state: WatchState;
  readonly stateFile: string;
  readonly log: (event: string, fields?: Fields) => void;
}

async function readState(file: string): Promise<WatchState> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, handled: {}, latest: {} };
    throw new UsageError(`watch: cannot read ${file}`);
  }
  try {
    const s = JSON.parse(text) as WatchState;
    if (s?.version !== 1 || typeof s.handled !== 'object' || typeof s.latest !== 'object') throw new Error('unknown layout');
    return s;
  } catch {
    // Starting over would scan every bundle again: let the operator decide (move the file away to start fresh).
    throw new UsageError(`watch: ${file} is not a kubecis watch state file; move it away to start afresh`);
  }
}

function writeState(file: string, state: WatchState): Promise<void> {
  const sorted = (r: Record<string, unknown>) => Object.fromEntries(Object.keys(r).sort().map((k) => [k, r[k]]));
  return writeAtomic(file, `${JSON.stringify({ version: 1, handled: sorted(state.handled), latest: sorted(state.latest) }, null, 2)}\n`);
}

async function poll(ctx: Ctx, seen: Map<string, Seen>, stopping: () => boolean): Promise<void> {
  let names: string[];
  try {
    names = (await fs.readdir(ctx.drop)).filter((n) => BUNDLE_RE.test(n) && !n.startsWith('.')).sort();
  } catch (e) {
    ctx.log('error', { message: `cannot list ${ctx.drop} (${(e as NodeJS.ErrnoException).code ?? 'unknown error'})` });
    return;
  }
  for (const key of [...seen.keys()]) if (!names.includes(key)) seen.delete(key);
  for (const name of names) {
    if (stopping()) return;
    const abs = path.join(ctx.drop, name);
    let st;
    try {
      st = await fs.lstat(abs);
    } catch {
      continue; // gone between listing and stat
    }
    if (!st.isFile()) continue;
    const done = ctx.state.handled[name];
    if (done && done.size === st.size && done.mtimeMs === st.mtimeMs) continue;
    const prev = seen.get(name);
    if (!prev || prev.size !== st.size || prev.mtimeMs !== st.mtimeMs) {
      if (!prev) ctx.log('arriving', { file: name, size: st.size });
      seen.set(name, { size: st.size, mtimeMs: st.mtimeMs, truncatedPolls: 0 });
      continue;
    }
    // Unchanged since the previous poll: complete.
    await handle(ctx, name, abs, st.size, st.mtimeMs, prev);
    if (ctx.state.handled[name]?.size === st.size && ctx.state.handled[name]?.mtimeMs === st.mtimeMs) seen.delete(name);
  }
}

const REFUSED = /the bundle was not read|not trusted and was left out|missing from the bundle|member is truncated/;
const TRUNCATED = /truncated/;

async function handle(ctx: Ctx, name: string, abs: string, size: number, mtimeMs: number, seen: Seen): Promise<void> {
  const startedAt = new Date().toISOString();
  ctx.log('scanning', { file: name, size });
  let snapshot: Snapshot;
  try {
    snapshot = await loadInputsSnapshot([abs], ctx.settings);
  } catch (e) {
    ctx.log('error', { file: name, message: e instanceof Error ? e.message.split('\n')[0] : 'unknown error' });
    return;
  }
  // The poll saw the file unchanged, but it may have grown while it was read (a copy that stalled, then went on).
  // Then what was read is not what the size and mtime describe: recording them would scan the file once more at the
  // next poll, and a stalled copy read half-done could be taken for broken. Wait for it to settle again.
  let after: Stats;
  try {
    after = await fs.lstat(abs);
  } catch {
    return; // gone while it was read
  }
  if (after.size !== size || after.mtimeMs !== mtimeMs) {
    ctx.log('arriving', { file: name, size: after.size });
    return;
  }
  const problems = snapshot.errors.map((e) => `${e.file}${e.line ? `:${e.line}` : ''}: ${e.message}`);
  const truncated = snapshot.errors.some((e) => TRUNCATED.test(e.message));
  if (truncated && seen.truncatedPolls < INCOMPLETE_POLLS) {
    seen.truncatedPolls++;
    ctx.log('incomplete', { file: name, size, waiting: `${seen.truncatedPolls}/${INCOMPLETE_POLLS}` });
    return;
  }
  const empty = snapshot.resources.length === 0 && snapshot.nodes.length === 0;
  const refused = snapshot.errors.filter((e) => REFUSED.test(e.message) || TRUNCATED.test(e.message));
  if (empty || refused.length > 0) {
    const reason = empty
      ? `nothing readable in the bundle${problems.length ? '' : ' (no Kubernetes objects and no node bundle)'}`
      : 'the bundle failed its integrity checks';
    await quarantine(ctx, name, abs, size, mtimeMs, reason, problems);
    return;
  }

  // Rule options from the flags (--allowed-registries); a drop folder has no .kubecis.yaml of its own.
  let report: Report = evaluate(snapshot, [name], ctx.settings, startedAt, await ruleOptions(ctx.settings, []));
  const bundle = report.scan.bundles.length === 1 ? report.scan.bundles[0] : undefined;
  const series = safeName(bundle?.mode === 'node' && bundle.node ? `${clusterOf(report)}.${bundle.node}` : clusterOf(report));
  const previousFile = ctx.state.latest[series];
  let previous: Report | undefined;
  if (previousFile) {
    const r = await readReport(path.join(ctx.out, previousFile));
    if (r.report) previous = r.report;
    else ctx.log('warning', { file: name, message: `previous report ${previousFile} unreadable (${r.error}); no drift for this scan` });
  }
  report = postProcess(report, snapshot, { waivers: ctx.waivers, baseline: previous, startedAt });

  const folder = path.join(ctx.out, series);
  await fs.mkdir(folder, { recursive: true });
  let stem = historyLocation(report).name;
  // Two bundles of one series collected at the same moment: keep both.
  if (await exists(path.join(folder, `${stem}.json`)) && Object.values(ctx.state.handled).some((h) => h.report === `${series}/${stem}.json`)) {
    stem = `${stem}_${safeName(name.replace(BUNDLE_RE, ''))}`;
  }
  const base = path.join(folder, stem);
  const { renderSarif } = await import('../lib/report/sarif.js');
  const { renderHtml } = await import('../lib/report/html.js');
  await writeAtomic(`${base}.sarif`, renderSarif(report));
  await writeAtomic(`${base}.html`, renderHtml(report));
  let newFailures: number | undefined;
  if (previous) {
    const d = diffReports(previous, report);
    newFailures = d.counts.newFailures;
    await writeAtomic(`${base}.drift.json`, renderJsonValue(d));
  }
  // The JSON report last: its presence means the set is complete.
  await writeAtomic(`${base}.json`, renderJson(report));
  const rel = `${series}/${stem}.json`;
  ctx.state.handled[name] = { size, mtimeMs, at: startedAt, outcome: 'scanned', series, report: rel };
  ctx.state.latest[series] = rel;
  await writeState(ctx.stateFile, ctx.state);
  const s = report.summary;
  ctx.log('scanned', {
    file: name,
    cluster: clusterOf(report),
    benchmark: report.benchmark.id,
    fail: s.fail,
    pass: s.pass,
    manual: s.manual,
    error: s.error,
    waived: s.waived ?? 0,
    newFailures,
    report: rel,
    inputErrors: snapshot.errors.length || undefined,
  });
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

async function quarantine(ctx: Ctx, name: string, abs: string, size: number, mtimeMs: number, reason: string, problems: string[]): Promise<void> {
  const dir = path.join(ctx.drop, 'quarantine');
  await fs.mkdir(dir, { recursive: true });
  let target = path.join(dir, name);
  for (let i = 1; await exists(target); i++) target = path.join(dir, `${name}.${i}`);
  const at = new Date().toISOString();
  const text = [`kubecis watch quarantined ${name} at ${at}`, `reason: ${reason}`, ...problems.slice(0, 50).map((p) => `  ${p}`), ''].join('\n');
  await writeAtomic(`${target}.reason.txt`, text);
  await fs.rename(abs, target);
  ctx.state.handled[name] = { size, mtimeMs, at, outcome: 'quarantined', reason };
  await writeState(ctx.stateFile, ctx.state);
  ctx.log('quarantined', { file: name, reason, to: path.relative(ctx.drop, target).split(path.sep).join('/'), problems: problems.length });
}
