// The project configuration file `.kubecis.yaml` (or `.kubecis.yml`) at the root of a scanned folder: scan options
// that belong with the repository (e.g. the registries images may come from). Read-only, small, plain YAML.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { yamlLib } from '../lazy.js';
import { duplicateKeyOffset } from '../model/parse.js';
import type { LoadError } from '../model/types.js';
import { findRootConfigs } from './waivers.js';

const MAX_CONFIG_BYTES = 1024 * 1024;

export interface ProjectConfig {
  /** Display path of the file read, when one was found. */
  readonly file?: string;
  /** Its top-level mapping. */
  readonly data: Readonly<Record<string, unknown>>;
  readonly errors: readonly LoadError[];
}

function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/** The first `.kubecis.yaml` (or `.yml`) at the root of a scanned folder, in input order (as the waivers are found). */
export async function readProjectConfig(inputs: readonly string[]): Promise<ProjectConfig> {
  const [file] = await findRootConfigs(inputs);
  if (!file) return { data: {}, errors: [] };
  const display = slash(file);
  const st = await fs.stat(file).catch(() => undefined);
  if (!st?.isFile()) return { file: display, data: {}, errors: [{ file: display, message: 'not a regular file; the configuration was not read' }] };
  if (st.size > MAX_CONFIG_BYTES) return { file: display, data: {}, errors: [{ file: display, message: `larger than ${MAX_CONFIG_BYTES} bytes; the configuration was not read` }] };
  let data: unknown;
  let failed = false;
  let line: number | undefined;
  try {
    // Duplicate keys checked in linear time (yaml's uniqueKeys compares every key pair; this file comes with the folder).
    const { LineCounter, parseDocument } = yamlLib();
    const lc = new LineCounter();
    const doc = parseDocument(await fs.readFile(file, 'utf8'), { lineCounter: lc, uniqueKeys: false, prettyErrors: false });
    const bad = doc.errors[0]?.pos[0] ?? duplicateKeyOffset(doc);
    if (bad !== undefined) {
      failed = true;
      line = lc.linePos(bad).line;
    } else data = doc.toJS({ maxAliasCount: 100 });
  } catch {
    failed = true;
  }
  if (failed) return { file: display, data: {}, errors: [{ file: display, message: 'not valid YAML; the configuration was not read', ...(line ? { line } : {}) }] };
  if (data === null || data === undefined) return { file: display, data: {}, errors: [] };
  if (typeof data !== 'object' || Array.isArray(data)) {
    return { file: display, data: {}, errors: [{ file: display, message: 'must be a mapping; the configuration was not read' }] };
  }
  return { file: display, data: data as Record<string, unknown>, errors: [] };
}

/**
 * Registry allow-list from `--allowed-registries a,b` (wins) or the configuration's `allowedRegistries` (a list of
 * strings). Returns undefined when neither sets it, or a message naming what is wrong.
 */
export function allowedRegistries(flag: string | undefined, config: ProjectConfig): { value?: string[]; problem?: string } {
  if (flag !== undefined) {
    const value = flag.split(',').map((s) => s.trim()).filter(Boolean);
    return value.length ? { value } : { problem: '--allowed-registries takes a comma-separated list of registries' };
  }
  const v = config.data.allowedRegistries;
  if (v === undefined) return {};
  if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x.trim() !== '')) {
    return { problem: `${config.file}: allowedRegistries must be a list of registry names` };
  }
  return { value: v.map((x: string) => x.trim()) };
}

/**
 * Other kubecis-hardening settings of `.kubecis.yaml`: `systemNamespaces` (namespaces where privileged node agents
 * belong, besides kube-system), `secretMaxConsumers` (workloads one Secret may reach) and `etcdBackupMaxAgeHours`.
 */
export function profileSettings(config: ProjectConfig): { value: Record<string, unknown>; problem?: string } {
  const d = config.data;
  const value: Record<string, unknown> = {};
  if (d.systemNamespaces !== undefined) {
    const v = d.systemNamespaces;
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string' && x !== '')) return { value, problem: `${config.file}: systemNamespaces must be a list of namespace names` };
    value.systemNamespaces = v;
  }
  for (const key of ['secretMaxConsumers', 'etcdBackupMaxAgeHours']) {
    if (d[key] === undefined) continue;
    const n = d[key];
    if (typeof n !== 'number' || !Number.isSafeInteger(n) || n <= 0) return { value, problem: `${config.file}: ${key} must be a positive whole number` };
    value[key] = n;
  }
  return { value };
}
