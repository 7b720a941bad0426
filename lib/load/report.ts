// Reading kubecis JSON reports back (baselines, diff, trend, roll-up, history folders), validated against the schema.
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ValidateFunction } from 'ajv';
import { ajvFormatsLib, ajvLib, fastGlobLib } from '../lazy.js';
import type { Report } from '../report/types.js';
import { dataPath } from '../paths.js';
import { cmp } from './sources.js';

/** Largest report file read back (a 20,000-result report is about 15 MB). */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

let validator: ValidateFunction | undefined;

function reportValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(dataPath('schemas', 'report.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new (ajvLib().default)({ allErrors: true, strict: false });
    ajvFormatsLib().default(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

export type ReportRead = { readonly report: Report; readonly error?: undefined } | { readonly report?: undefined; readonly error: string };

/** Parse and validate report text. The error names the first problems (JSON pointer and what is wrong). */
export function parseReport(text: string): ReportRead {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return { error: 'not valid JSON' };
  }
  const validate = reportValidator();
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 3).map((e) => `${e.instancePath || '(top level)'} ${e.message ?? 'is invalid'}`);
    return { error: `not a kubecis JSON report (schemaVersion 1): ${problems.join('; ')}` };
  }
  return { report: data as Report };
}

/** Read one report file; problems come back as an error message, never as a throw. */
export async function readReport(file: string): Promise<ReportRead> {
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return { error: 'not a regular file' };
    if (st.size > MAX_REPORT_BYTES) return { error: `file is larger than ${MAX_REPORT_BYTES} bytes` };
    return parseReport(await fs.readFile(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return { error: code === 'ENOENT' ? 'no such file' : code ? `cannot read (${code})` : 'cannot read' };
  }
}

/**
 * The report files of a folder, sorted by path: `*.json` in it and in its subfolders one level down (the history
 * layout DIR/<cluster>/<time>.json). Drift files (`*.drift.json`), dot files and dot folders are skipped.
 */
export async function listReportFiles(dir: string): Promise<string[]> {
  const files = await fastGlobLib()(['*.json', '*/*.json'], { cwd: dir, onlyFiles: true, followSymbolicLinks: false, dot: false, ignore: ['**/*.drift.json'] });
  return files.sort(cmp).map((f) => path.join(dir, f));
}

/** Whether a path is a folder (for commands that take files or a history folder). */
export async function isDirectory(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}
