// Commands over stored results: diff, trend, rollup, and writing a scan into a history folder (--history).
// File IO is here and in lib/load (reading); lib/engine computes, lib/report formats.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type minimist from 'minimist';
import { diffReports } from '../lib/engine/baseline.js';
import { buildRollup } from '../lib/engine/rollup.js';
import { buildTrend, historyLocation, type StoredReport } from '../lib/engine/trend.js';
import { isDirectory, listReportFiles, readReport } from '../lib/load/report.js';
import { renderJson } from '../lib/report/json.js';
import { renderDiffText, renderJsonValue, renderRollupHtml, renderRollupText, renderTrendHtml, renderTrendText } from '../lib/report/continuous.js';
import type { Report } from '../lib/report/types.js';
import { FRAMEWORK_IDS } from '../lib/frameworks.js';
import { asArray, formatArg, UsageError, writeAtomic } from './common.js';

function slash(p: string): string {
  return p.split(path.sep).join('/');
}

async function output(args: minimist.ParsedArgs, text: string): Promise<void> {
  if (args.o) await writeAtomic(String(args.o), text);
  else process.stdout.write(text);
}

/** Store a report as DIR/<cluster>/<collection or scan time>.json; returns the path written. */
export async function storeHistory(dir: string, report: Report): Promise<string> {
  const loc = historyLocation(report);
  const folder = path.join(dir, loc.dir);
  await fs.mkdir(folder, { recursive: true });
  const file = path.join(folder, `${loc.name}.json`);
  await writeAtomic(file, renderJson(report));
  return file;
}

async function mustRead(file: string, what: string): Promise<Report> {
  const r = await readReport(file);
  if (!r.report) throw new UsageError(`${what} ${file}: ${r.error}`);
  return r.report;
}

/** Reports from files and folders; files named directly must be valid, invalid files inside folders are skipped with a warning. */
async function gather(paths: readonly string[]): Promise<StoredReport[]> {
  const out: StoredReport[] = [];
  for (const p of paths) {
    if (await isDirectory(p)) {
      for (const f of await listReportFiles(p)) {
        const r = await readReport(f);
        if (r.report) out.push({ file: slash(f), report: r.report });
        else process.stderr.write(`kubecis: skipped ${slash(f)}: ${r.error}\n`);
      }
    } else {
      out.push({ file: slash(p), report: await mustRead(p, 'result') });
    }
  }
  return out;
}

export async function diffCommand(args: minimist.ParsedArgs, rest: string[]): Promise<number> {
  if (rest.length !== 2) throw new UsageError('diff takes two JSON results: kubecis diff OLD.json NEW.json');
  const format = formatArg(args, ['text', 'json'], 'diff');
  const before = await mustRead(rest[0], 'diff:');
  const after = await mustRead(rest[1], 'diff:');
  const d = diffReports(before, after);
  await output(args, format === 'json' ? renderJsonValue(d) : renderDiffText(d));
  return args['fail-on-new'] && d.counts.newFailures > 0 ? 1 : 0;
}

export async function trendCommand(args: minimist.ParsedArgs, rest: string[]): Promise<number> {
  if (rest.length !== 1) throw new UsageError('trend takes one history folder: kubecis trend DIR');
  if (!(await isDirectory(rest[0]))) throw new UsageError(`trend: ${rest[0]} is not a folder`);
  const format = formatArg(args, ['text', 'json', 'html'], 'trend');
  const t = buildTrend(await gather(rest));
  await output(args, format === 'json' ? renderJsonValue(t) : format === 'html' ? renderTrendHtml(t) : renderTrendText(t));
  return 0;
}

export async function rollupCommand(args: minimist.ParsedArgs, rest: string[]): Promise<number> {
  if (rest.length === 0) throw new UsageError('rollup takes JSON results or a history folder: kubecis rollup RESULT.json... | DIR');
  const format = formatArg(args, ['text', 'json', 'html'], 'rollup');
  const frameworks = asArray(args.framework);
  for (const f of frameworks) {
    if (!(FRAMEWORK_IDS as readonly string[]).includes(f)) throw new UsageError(`unknown framework "${f}" (use ${FRAMEWORK_IDS.join(', ')})`);
  }
  const stored = await gather(rest);
  if (stored.length === 0) throw new UsageError('rollup: no results found');
  const r = buildRollup(stored, frameworks);
  await output(args, format === 'json' ? renderJsonValue(r) : format === 'html' ? renderRollupHtml(r) : renderRollupText(r));
  return 0;
}
