// Shared by the collector tests: run the real scripts, read bundles, check them against the schema and checksums.
import { execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { Parser } from 'tar';
import AjvModule from 'ajv';

/** The repository root (tests run from dist/test/collector/). */
export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const COLLECTOR = path.join(REPO, 'collectors/kubecis-collect.sh');
export const IN_CLUSTER = path.join(REPO, 'collectors/kubecis-collect-in-cluster.sh');

export type Shell = 'dash' | 'busybox';
/** How each shell is started: dash itself, and busybox's own sh applet. */
export const SHELLS: Record<Shell, string[]> = { dash: ['dash'], busybox: ['busybox', 'sh'] };

export interface RunResult {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/** Runs a script under a shell without blocking the event loop (the fake API server lives in this process). */
export function run(shell: readonly string[], script: string, args: readonly string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    execFile(shell[0], [...shell.slice(1), script, ...args], {
      encoding: 'buffer', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, ...env },
    }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr: stderr.toString('utf8') });
    });
  });
}

export interface Bundle {
  /** Member names in archive order. */
  readonly names: string[];
  readonly members: Map<string, Buffer>;
  readonly json: BundleJson;
  /** The uncompressed tar stream: what canary searches look through. */
  readonly raw: Buffer;
}

export interface BundleJson {
  formatVersion: number;
  collector: { name: string; version: string };
  mode: 'node' | 'cluster';
  collectedFrom?: 'host' | 'pod';
  cluster: { name?: string; serverVersion?: string };
  node?: { name: string; roles: string[] };
  startedAt: string;
  finishedAt: string;
  components: { name: string; pid: number; cmdline: string; env?: string; version?: string }[];
  files: { path: string; size: number; sha256: string }[];
  redactions: { path: string; what: string }[];
  warnings: string[];
}

export async function readBundle(file: string): Promise<Bundle> {
  const data = fs.readFileSync(file);
  const names: string[] = [];
  const members = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    const p = new Parser({
      onReadEntry: (e) => {
        const chunks: Buffer[] = [];
        names.push(e.path);
        e.on('data', (c: Buffer) => chunks.push(c));
        e.on('end', () => members.set(e.path, Buffer.concat(chunks)));
      },
    });
    p.on('end', () => resolve());
    p.on('error', reject);
    p.end(data);
  });
  const bj = members.get('bundle.json');
  if (!bj) throw new Error(`${file}: no bundle.json`);
  return { names, members, json: JSON.parse(bj.toString('utf8')) as BundleJson, raw: zlib.gunzipSync(data) };
}

const ajv = new AjvModule.default({ strict: true, allErrors: true });
const validate = ajv.compile(JSON.parse(fs.readFileSync(path.join(REPO, 'lib/data/schemas/bundle.schema.json'), 'utf8')) as object);

/** Problems with a bundle: schema errors, members not listed or listed wrongly, bad checksums. */
export function bundleProblems(b: Bundle): string[] {
  const out: string[] = [];
  if (!validate(b.json)) out.push(...(validate.errors ?? []).map((e) => `schema: ${e.instancePath} ${e.message ?? ''}`));
  if (b.names[0] !== 'bundle.json') out.push(`first member is ${b.names[0]}, not bundle.json`);
  const listed = b.json.files.map((f) => f.path);
  const actual = b.names.filter((n) => n !== 'bundle.json');
  if (JSON.stringify(listed) !== JSON.stringify([...actual].sort())) out.push(`files[] ${JSON.stringify(listed)} != members ${JSON.stringify(actual)}`);
  if (new Set(b.names).size !== b.names.length) out.push('duplicate member names');
  for (const f of b.json.files) {
    const m = b.members.get(f.path);
    if (!m) continue;
    if (m.length !== f.size) out.push(`${f.path}: size ${m.length} != ${f.size}`);
    const sum = crypto.createHash('sha256').update(m).digest('hex');
    if (sum !== f.sha256) out.push(`${f.path}: sha256 mismatch`);
  }
  for (const n of b.names) if (n.startsWith('/') || n.split('/').some((s) => s === '..' || s === '.' || s === '')) out.push(`bad member name ${n}`);
  return out;
}

export interface StatRow {
  path: string;
  type: string;
  mode: string;
  uid: string;
  gid: string;
  user: string;
  group: string;
  realpath: string;
}

export function parseStats(text: string): Map<string, StatRow> {
  const out = new Map<string, StatRow>();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [p, type, mode, uid, gid, user, group, realpath] = line.split('\t');
    out.set(p, { path: p, type, mode, uid, gid, user, group, realpath });
  }
  return out;
}

/** Which of the needles occur in the haystack. */
export function leaked(haystack: Buffer, needles: readonly string[]): string[] {
  return needles.filter((n) => haystack.includes(Buffer.from(n)));
}

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export function text(b: Bundle, member: string): string {
  const m = b.members.get(member);
  if (!m) throw new Error(`no member ${member}; members: ${b.names.join(', ')}`);
  return m.toString('utf8');
}
