// Inputs -> raw sources: directories (fast-glob), single files, stdin, and .tar.gz archives read as streams in memory.
import { createReadStream, promises as fs } from 'node:fs';
import * as path from 'node:path';
import fg from 'fast-glob';
import { Parser, type ReadEntry } from 'tar';
import type { LoadError } from '../model/types.js';

export interface LoadLimits {
  /** Largest single file or archive member, in bytes. */
  readonly maxFileBytes: number;
  /** Largest total of expanded archive members, in bytes. */
  readonly maxArchiveBytes: number;
  /** Most archive entries. */
  readonly maxEntries: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxFileBytes: 512 * 1024 * 1024,
  maxArchiveBytes: 2 * 1024 * 1024 * 1024,
  maxEntries: 200_000,
};

/** One readable input file (or archive member). */
export interface SourceFile {
  /** Display path: relative to the scanned folder, the path as given for a file, `archive!member` for a member, `-` for stdin. */
  readonly file: string;
  readonly data: Buffer;
}

/** A kubecis bundle: an archive or folder with bundle.json at its root. Members keyed by their path in the bundle. */
export interface RawBundle {
  /** Display name of the bundle (archive path or folder path as given). */
  readonly file: string;
  readonly members: ReadonlyMap<string, Buffer>;
}

export interface LoadedInputs {
  readonly sources: SourceFile[];
  readonly bundles: RawBundle[];
  readonly errors: LoadError[];
}

export interface LoadOptions {
  readonly limits?: LoadLimits;
  /** Reads standard input; given by bin/ (only bin touches process). */
  readonly readStdin?: () => Promise<Buffer>;
}

const MANIFEST_RE = /\.(ya?ml|json)$/i;
const ARCHIVE_RE = /\.(tar\.gz|tgz)$/i;
/** Files in a scanned folder that are configuration of kubecis itself, not manifests. */
const OWN_CONFIG = new Set(['.kubecis.yaml', '.kubecis.yml']);

function slash(p: string): string {
  return p.split(path.sep).join('/');
}

/** Read every input. Never throws for bad input: each problem becomes an error naming the file. */
export async function loadInputs(inputs: readonly string[], opts: LoadOptions = {}): Promise<LoadedInputs> {
  const limits = opts.limits ?? DEFAULT_LOAD_LIMITS;
  const out: LoadedInputs = { sources: [], bundles: [], errors: [] };
  for (const input of inputs) {
    if (input === '-') {
      if (!opts.readStdin) {
        out.errors.push({ file: '-', message: 'standard input is not available' });
        continue;
      }
      const data = await opts.readStdin();
      if (data.length > limits.maxFileBytes) out.errors.push({ file: '-', message: `input larger than ${limits.maxFileBytes} bytes` });
      else out.sources.push({ file: '-', data });
      continue;
    }
    let st;
    try {
      st = await fs.lstat(input);
    } catch (e) {
      out.errors.push({ file: slash(input), message: errnoMessage(e) });
      continue;
    }
    if (st.isSymbolicLink()) {
      try {
        st = await fs.stat(input); // a link named on the command line is the user's choice; links inside folders are not followed
      } catch (e) {
        out.errors.push({ file: slash(input), message: errnoMessage(e) });
        continue;
      }
    }
    if (st.isDirectory()) await loadDirectory(input, limits, out);
    else if (st.isFile()) {
      if (ARCHIVE_RE.test(input)) await loadArchive(input, slash(input), limits, out);
      else await loadFile(input, slash(input), limits, out);
    } else out.errors.push({ file: slash(input), message: 'not a regular file or folder' });
  }
  out.sources.sort((a, b) => cmp(a.file, b.file));
  out.bundles.sort((a, b) => cmp(a.file, b.file));
  return out;
}

async function loadDirectory(dir: string, limits: LoadLimits, out: LoadedInputs): Promise<void> {
  // A folder with bundle.json at its root is an unpacked bundle (used for fixtures and for operators who unpacked one).
  const bundleJson = path.join(dir, 'bundle.json');
  if (await isRegularFile(bundleJson)) {
    const members = new Map<string, Buffer>();
    const files = await fg('**/*', { cwd: dir, dot: true, onlyFiles: true, followSymbolicLinks: false, ignore: ['**/.git/**'] });
    for (const rel of files.sort(cmp)) {
      const abs = path.join(dir, rel);
      const data = await readLimited(abs, slash(path.join(dir, rel)), limits, out);
      if (data) members.set(slash(rel), data);
    }
    out.bundles.push({ file: slash(dir), members });
    return;
  }
  const entries = await fg(['**/*'], {
    cwd: dir,
    dot: true,
    onlyFiles: true,
    followSymbolicLinks: false,
    ignore: ['**/.git/**', '**/node_modules/**'],
  });
  for (const rel of entries.sort(cmp)) {
    const base = path.basename(rel);
    if (OWN_CONFIG.has(base)) continue;
    const abs = path.join(dir, rel);
    if (ARCHIVE_RE.test(rel)) {
      await loadArchive(abs, slash(rel), limits, out);
    } else if (MANIFEST_RE.test(rel)) {
      await loadFile(abs, slash(rel), limits, out);
    }
  }
}

async function loadFile(abs: string, display: string, limits: LoadLimits, out: LoadedInputs): Promise<void> {
  const data = await readLimited(abs, display, limits, out);
  if (data) out.sources.push({ file: display, data });
}

async function readLimited(abs: string, display: string, limits: LoadLimits, out: LoadedInputs): Promise<Buffer | undefined> {
  try {
    const st = await fs.lstat(abs);
    if (!st.isFile()) {
      out.errors.push({ file: display, message: st.isSymbolicLink() ? 'symbolic link not followed' : 'not a regular file' });
      return undefined;
    }
    if (st.size > limits.maxFileBytes) {
      out.errors.push({ file: display, message: `file is ${st.size} bytes, larger than the limit of ${limits.maxFileBytes} (--max-file-size)` });
      return undefined;
    }
    return await fs.readFile(abs);
  } catch (e) {
    out.errors.push({ file: display, message: errnoMessage(e) });
    return undefined;
  }
}

/** Why an archive member name is refused, if it is. Nothing is ever written to disk; unsafe names are still refused. */
export function unsafeMemberReason(name: string): string | undefined {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path in archive';
  if (name.split(/[\\/]+/).includes('..')) return 'path with ".." in archive';
  if (name.includes('\0')) return 'NUL in member name';
  return undefined;
}

async function loadArchive(abs: string, display: string, limits: LoadLimits, out: LoadedInputs): Promise<void> {
  const members = new Map<string, Buffer>();
  const errors: LoadError[] = [];
  let total = 0;
  let count = 0;
  let aborted: string | undefined;
  const parser = new Parser({ strict: false });
  const done = new Promise<void>((resolve) => {
    parser.on('entry', (entry: ReadEntry) => {
      count++;
      const name = entry.path.replace(/^\.\//, '');
      const memberDisplay = `${display}!${name}`;
      const skip = (message?: string) => {
        if (message) errors.push({ file: memberDisplay, message });
        entry.resume();
      };
      if (aborted) return skip();
      if (count > limits.maxEntries) {
        aborted = `archive has more than ${limits.maxEntries} entries (--max-entries); the rest was not read`;
        return skip();
      }
      if (entry.type === 'Directory') return skip();
      if (entry.type === 'SymbolicLink' || entry.type === 'Link') return skip(`${entry.type === 'Link' ? 'hard' : 'symbolic'} link in archive not followed`);
      if (entry.type !== 'File' && entry.type !== 'OldFile' && entry.type !== 'ContiguousFile') return skip(`unsupported archive entry type ${entry.type}`);
      const reason = unsafeMemberReason(entry.path);
      if (reason) return skip(reason);
      if (members.has(name)) return skip('duplicate member name in archive; the first one was kept');
      if ((entry.size ?? 0) > limits.maxFileBytes) return skip(`member is ${entry.size} bytes, larger than the limit of ${limits.maxFileBytes} (--max-file-size)`);
      const chunks: Buffer[] = [];
      let size = 0;
      let dropped = false;
      entry.on('data', (c: Buffer) => {
        if (dropped) return;
        size += c.length;
        total += c.length;
        if (total > limits.maxArchiveBytes) {
          dropped = true;
          aborted = `archive expands past ${limits.maxArchiveBytes} bytes (--max-archive-size); the rest was not read`;
          return;
        }
        if (size > limits.maxFileBytes) {
          dropped = true;
          errors.push({ file: memberDisplay, message: `member larger than the limit of ${limits.maxFileBytes} bytes (--max-file-size)` });
          return;
        }
        chunks.push(c);
      });
      entry.on('end', () => {
        if (!dropped) members.set(name, Buffer.concat(chunks));
      });
    });
    parser.on('warn', (_code: string, message: string | Error) => {
      const m = typeof message === 'string' ? message : message.message;
      errors.push({ file: display, message: `archive problem: ${m.split('\n')[0]}` });
    });
    parser.on('error', (e: Error) => {
      errors.push({ file: display, message: `cannot read archive: ${e.message.split('\n')[0]}` });
      resolve();
    });
    parser.on('end', () => resolve());
    parser.on('close', () => resolve());
  });
  const stream = createReadStream(abs);
  stream.on('error', (e) => {
    errors.push({ file: display, message: errnoMessage(e) });
    parser.end();
  });
  stream.on('data', (c) => {
    if (aborted) {
      stream.destroy();
      parser.end();
      return;
    }
    parser.write(c as Buffer);
  });
  stream.on('end', () => parser.end());
  stream.on('close', () => {
    if (stream.destroyed) parser.end();
  });
  await done;
  if (aborted) errors.push({ file: display, message: aborted });
  if (count === 0 && errors.length === 0) errors.push({ file: display, message: 'archive is empty or not a tar.gz file' });
  out.errors.push(...errors);
  if (members.has('bundle.json')) {
    out.bundles.push({ file: display, members });
    return;
  }
  for (const [name, data] of [...members].sort((a, b) => cmp(a[0], b[0]))) {
    if (MANIFEST_RE.test(name) && !OWN_CONFIG.has(path.posix.basename(name))) out.sources.push({ file: `${display}!${name}`, data });
  }
}

async function isRegularFile(p: string): Promise<boolean> {
  try {
    return (await fs.lstat(p)).isFile();
  } catch {
    return false;
  }
}

function errnoMessage(e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'no such file or folder';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'EISDIR': return 'is a folder';
    default: return code ? `cannot read (${code})` : 'cannot read';
  }
}

export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Bytes -> text, refusing binary and invalid UTF-8. Strips a BOM. */
export function decodeText(data: Buffer): { text?: string; error?: string } {
  if (data.includes(0)) return { error: 'binary file (contains NUL bytes)' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(data);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { text };
  } catch {
    return { error: 'not valid UTF-8 text' };
  }
}
