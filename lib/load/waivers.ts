// Waivers files (--waivers FILE, and .kubecis.yaml at the root of a scanned folder): read, parse, check against
// lib/data/schemas/waivers.schema.json. Every problem names the file and line of the offending field.
import { promises as fs, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document, LineCounter, Node as YamlNode } from 'yaml';
import { ajvFormatsLib, ajvLib, yamlLib } from '../lazy.js';
import type { Waiver } from '../engine/waivers.js';
import { duplicateKeyOffset } from '../model/parse.js';
import { dataPath } from '../paths.js';

/** Names of the kubecis configuration file looked for at the root of each scanned folder (the loader skips them). */
export const ROOT_CONFIG_NAMES = ['.kubecis.yaml', '.kubecis.yml'] as const;

const MAX_WAIVERS_BYTES = 4 * 1024 * 1024;

export interface WaiverProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

let validator: ValidateFunction | undefined;

function waiversValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(dataPath('schemas', 'waivers.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new (ajvLib().default)({ allErrors: true, strict: false });
    ajvFormatsLib().default(ajv);
    validator = ajv.compile(schema);
  }
  return validator;
}

function pointer(p: string): (string | number)[] {
  if (p === '') return [];
  return p.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "waivers[2].expires" style name of a path. */
function fieldName(p: (string | number)[]): string {
  return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('') || '(top level)';
}

function message(e: ErrorObject): { at: (string | number)[]; key?: string; text: string } {
  const at = pointer(e.instancePath);
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'required':
      return { at, text: `"${fieldName([...at, String(params.missingProperty)])}" is required` };
    case 'additionalProperties':
      return { at, key: String(params.additionalProperty), text: `"${fieldName([...at, String(params.additionalProperty)])}" is not a known field` };
    case 'anyOf':
      return { at, text: `"${fieldName(at)}" needs "control" (e.g. "5.2.2") or "rule" (e.g. "pod-privileged-containers")` };
    case 'format':
      return { at, text: `"${fieldName(at)}" must be a date written YYYY-MM-DD` };
    case 'pattern': {
      const last = at[at.length - 1];
      const hint = last === 'control' ? 'a control id such as "5.2.2"' : last === 'rule' ? 'a rule id such as "pod-privileged-containers"' : `text matching ${String(params.pattern)}`;
      return { at, text: `"${fieldName(at)}" must be ${hint}` };
    }
    case 'minLength':
      return { at, text: `"${fieldName(at)}" must not be empty` };
    case 'type':
      return { at, text: `"${fieldName(at)}" must be ${params.type === 'array' ? 'a list' : params.type === 'object' ? 'a mapping' : `a ${String(params.type)}`}` };
    default:
      return { at, text: `"${fieldName(at)}" ${e.message ?? 'is invalid'}` };
  }
}

/** Line of a field: the key for an unknown field, else the value at the path, else its nearest ancestor. */
function lineOf(doc: Document, lc: LineCounter, at: (string | number)[], key?: string): number | undefined {
  const { isMap, isScalar } = yamlLib();
  for (let n = at.length; n >= 0; n--) {
    const node = (n === 0 ? doc.contents : doc.getIn(at.slice(0, n), true)) as YamlNode | null | undefined;
    if (!node || !node.range) continue;
    if (key !== undefined && n === at.length && isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === key);
      const k = pair?.key as YamlNode | undefined;
      if (k?.range) return lc.linePos(k.range[0]).line;
    }
    return lc.linePos(node.range[0]).line;
  }
  return undefined;
}

/**
 * Parse waivers text. Anything wrong makes the whole file unusable: a partly applied waivers file misleads.
 * `projectConfig`: the text is a `.kubecis.yaml`, where `waivers` is one key among the project's settings (others
 * belong to lib/load/config.ts); only that key is read and checked, and a file without it has no waivers.
 */
export function parseWaivers(text: string, file: string, opts: { projectConfig?: boolean } = {}): { waivers: Waiver[]; problems: WaiverProblem[] } {
  const { LineCounter, parseDocument } = yamlLib();
  const lc = new LineCounter();
  // Duplicate keys are checked below in linear time: yaml's uniqueKeys compares every key pair, and a .kubecis.yaml
  // comes with the scanned folder (a 1 MB one with one big mapping took over a minute).
  const doc = parseDocument(text, { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lc.linePos(e.pos[0]).line;
    return { waivers: [], problems: [{ file, line, message: `not valid YAML: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` }] };
  }
  const dup = duplicateKeyOffset(doc);
  if (dup !== undefined) return { waivers: [], problems: [{ file, line: lc.linePos(dup).line, message: 'not valid YAML: Map keys must be unique' }] };
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { waivers: [], problems: [{ file, message: `cannot read: ${e instanceof Error ? e.message.split('\n')[0] : 'unknown error'}` }] };
  }
  if (opts.projectConfig) {
    if (data === null || typeof data !== 'object' || Array.isArray(data) || !('waivers' in data)) return { waivers: [], problems: [] };
    data = { waivers: (data as { waivers: unknown }).waivers };
  }
  if (data === null || data === undefined) return { waivers: [], problems: [{ file, line: 1, message: 'the file is empty; write "waivers: [...]"' }] };
  const validate = waiversValidator();
  if (!validate(data)) {
    const problems: WaiverProblem[] = [];
    const seen = new Set<string>();
    const errs = validate.errors ?? [];
    // An anyOf failure also reports "must have required property" for each branch: say it once, our way.
    const anyOfPaths = new Set(errs.filter((e) => e.keyword === 'anyOf').map((e) => e.instancePath));
    for (const e of errs) {
      if (e.keyword === 'required' && anyOfPaths.has(e.instancePath) && /^(control|rule)$/.test(String((e.params as { missingProperty?: string }).missingProperty))) continue;
      const m = message(e);
      const line = lineOf(doc, lc, m.at, m.key);
      const key = `${line}:${m.text}`;
      if (seen.has(key)) continue;
      seen.add(key);
      problems.push({ file, ...(line !== undefined ? { line } : {}), message: m.text });
    }
    problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
    return { waivers: [], problems };
  }
  const list = (data as { waivers: Record<string, string>[] }).waivers;
  const waivers = list.map((w, i): Waiver => {
    const line = lineOf(doc, lc, ['waivers', i]);
    return { ...w, reason: w.reason, source: `${file}${line !== undefined ? `:${line}` : ''}` } as Waiver;
  });
  return { waivers, problems: [] };
}

/** Read and parse a waivers file; unreadable files are a problem, not a throw. */
export async function readWaivers(file: string, opts: { projectConfig?: boolean } = {}): Promise<{ waivers: Waiver[]; problems: WaiverProblem[] }> {
  const display = file.split(path.sep).join('/');
  let text: string;
  try {
    const st = await fs.stat(file);
    if (!st.isFile()) return { waivers: [], problems: [{ file: display, message: 'not a regular file' }] };
    if (st.size > MAX_WAIVERS_BYTES) return { waivers: [], problems: [{ file: display, message: `larger than ${MAX_WAIVERS_BYTES} bytes` }] };
    text = await fs.readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException)?.code;
    return { waivers: [], problems: [{ file: display, message: code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? 'unknown error'})` }] };
  }
  return parseWaivers(text, display, opts);
}

/** The `.kubecis.yaml` (or `.yml`) at the root of each scanned folder, in input order. */
export async function findRootConfigs(inputs: readonly string[]): Promise<string[]> {
  const found: string[] = [];
  for (const input of inputs) {
    if (input === '-') continue;
    try {
      if (!(await fs.stat(input)).isDirectory()) continue;
    } catch {
      continue;
    }
    for (const name of ROOT_CONFIG_NAMES) {
      const p = path.join(input, name);
      try {
        if ((await fs.lstat(p)).isFile()) {
          found.push(p);
          break;
        }
      } catch {
        // not there
      }
    }
  }
  return found;
}
