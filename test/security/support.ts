// Shared by the security tests: hostile tar archives and files built at test time, a timed CLI run, report readers.
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Header, type HeaderData } from 'tar';
import * as assert from 'uvu/assert';
import { runCli, type CliRun } from '../helpers/cli.js';
import { fromRoot } from '../helpers/paths.js';

/** A manifest with one known finding (privileged container "web" at deploy.yaml:19:25) to prove the rest was scanned. */
export const GOOD_MANIFEST = readFileSync(fromRoot('test', 'fixtures', 'cli', 'app', 'deploy.yaml'));
export const GOOD_FINDING = { controlId: '5.2.2', name: 'web', line: 19, column: 25 };

/** A stack frame as Node prints it: `    at fn (file.js:1:2)`. */
export const STACK_FRAME = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$/m;

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `kubecis-sec-${prefix}-`));
}

export function removeDir(dir: string): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
}

/**
 * Run the CLI with a deadline: a run that has to be killed is a hang, and fails the test. Also checks that no
 * stack trace reached stderr unless --debug was given.
 */
export function scan(args: string[], opts: { cwd?: string; input?: string | Buffer; timeout?: number } = {}): CliRun {
  const r = runCli(['scan', ...args], { ...opts, timeout: opts.timeout ?? 30_000 });
  assert.is(r.signal, null, `kubecis ${args.join(' ')} did not finish in time (killed by ${r.signal})`);
  if (!args.includes('--debug')) assert.not.match(r.stderr, STACK_FRAME, `no stack trace without --debug:\n${r.stderr}`);
  assert.not.match(r.stderr, /internal error/, `no internal error:\n${r.stderr}`);
  return r;
}

export interface ReportError {
  file: string;
  message: string;
  line?: number;
}
export interface ReportResult {
  controlId: string;
  status: string;
  message: string;
  target: { kind: string; name: string; namespace?: string };
  location?: { file: string; startLine: number; startColumn: number };
}
export interface JsonReport {
  errors: ReportError[];
  results: ReportResult[];
  scan: { resources: number; startedAt?: string; inputs: string[] };
}

export function jsonReport(r: CliRun): JsonReport {
  try {
    return JSON.parse(r.stdout) as JsonReport;
  } catch {
    throw new Error(`not a JSON report (exit ${r.code}):\n${r.stdout.slice(0, 500)}\n${r.stderr.slice(0, 2000)}`);
  }
}

/** Errors naming exactly this file (or archive member). */
export function errorsFor(report: JsonReport, file: string): ReportError[] {
  return report.errors.filter((e) => e.file === file);
}

/** The known finding of GOOD_MANIFEST, wherever it was loaded from. */
export function goodFindingIn(report: JsonReport, file: string): boolean {
  return report.results.some(
    (x) => x.controlId === GOOD_FINDING.controlId && x.status === 'fail' && x.target.name === GOOD_FINDING.name &&
      x.location?.file === file && x.location.startLine === GOOD_FINDING.line && x.location.startColumn === GOOD_FINDING.column,
  );
}

// --- tar archives, built block by block so that any header can be forged ---------------------------------------

/** One tar entry: a 512-byte header (tar's Header encodes it, with a valid checksum) and the padded body. */
export function tarEntry(h: HeaderData, body?: Buffer | string): Buffer {
  const data = typeof body === 'string' ? Buffer.from(body) : body;
  const header = new Header({ mode: 0o644, uid: 0, gid: 0, mtime: new Date(0), type: 'File', ...h, size: h.size ?? data?.length ?? 0 });
  const block = Buffer.alloc(512);
  header.encode(block, 0);
  if (!data) return block;
  return Buffer.concat([block, data, Buffer.alloc((512 - (data.length % 512)) % 512)]);
}

/** A whole archive: entries, then the end-of-archive marker (two zero blocks). */
export function tarball(entries: Buffer[], gzip = true): Buffer {
  const raw = Buffer.concat([...entries, Buffer.alloc(1024)]);
  return gzip ? gzipSync(raw) : raw;
}

/**
 * A gzip bomb without ever holding the expanded data: gzip allows concatenated members, so one compressed MiB of
 * zeros (about 1 KiB) is written `mib` times after a gzipped header. `declaredBytes` is what the tar header claims.
 */
export function writeGzipBomb(file: string, mib: number, declaredBytes: number): void {
  const header = Buffer.alloc(512);
  new Header({ path: 'zeros.yaml', mode: 0o644, size: declaredBytes, type: 'File', mtime: new Date(0) }).encode(header, 0);
  const zeros = gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  const fd = openSync(file, 'w');
  try {
    writeSync(fd, gzipSync(header));
    for (let i = 0; i < mib; i++) writeSync(fd, zeros);
    writeSync(fd, gzipSync(Buffer.alloc(1024)));
  } finally {
    closeSync(fd);
  }
}

/** A ConfigMap whose one value is a plain scalar of `mib` MiB, written in 1 MiB steps (memory stays flat). */
export function writeHugeScalar(file: string, mib: number): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(1024 * 1024, 'A');
  try {
    writeSync(fd, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: huge\n  namespace: default\ndata:\n  blob: ');
    for (let i = 0; i < mib; i++) writeSync(fd, chunk);
    writeSync(fd, '\n');
  } finally {
    closeSync(fd);
  }
}
