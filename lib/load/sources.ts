// Inputs -> raw sources: directories (fast-glob), single files, stdin, and .tar.gz archives read as streams in memory.
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as path from 'node:path';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import type { ReadEntry } from 'tar';
import { fastGlobLib, tarLib } from '../lazy.js';
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
  /** Reads standard input, stopping once past `maxBytes` (so an endless stream cannot exhaust memory); given by bin/. */
  readonly readStdin?: (maxBytes: number) => Promise<Buffer>;
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
      const data = await opts.readStdin(limits.maxFileBytes);
      if (data.length > limits.maxFileBytes) out.errors.push({ file: '-', message: `input larger than the limit of ${limits.maxFileBytes} bytes (--max-file-size)` });
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
      if (ARCHIVE_RE.test(input)) await loadArchive(input, slash(input), limits, out, true);
      else await loadFile(input, slash(input), limits, out, true);
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
    for (const { rel, kind } of await listFolder(dir, ['**/.git/**'])) {
      const display = slash(path.join(dir, rel));
      if (kind !== 'file') out.errors.push({ file: display, message: notRegular(kind) });
      else {
        const data = await readLimited(path.join(dir, rel), display, limits, out);
        if (data) members.set(slash(rel), data);
      }
    }
    out.bundles.push({ file: slash(dir), members });
    return;
  }
  for (const { rel, kind } of await listFolder(dir, ['**/.git/**', '**/node_modules/**'])) {
    const base = path.basename(rel);
    if (OWN_CONFIG.has(base)) continue;
    const abs = path.join(dir, rel);
    if (!ARCHIVE_RE.test(rel) && !MANIFEST_RE.test(rel)) continue;
    if (kind !== 'file') {
      out.errors.push({ file: slash(rel), message: notRegular(kind) });
    } else if (ARCHIVE_RE.test(rel)) {
      await loadArchive(abs, slash(rel), limits, out);
    } else if (MANIFEST_RE.test(rel)) {
      await loadFile(abs, slash(rel), limits, out);
    }
  }
}

/**
 * Everything below a folder except folders, sorted by path, without following links: a link (to a file or a folder)
 * is listed as a link and never read, so nothing outside the scanned folder is reached through one.
 */
async function listFolder(dir: string, ignore: string[]): Promise<{ rel: string; kind: 'file' | 'link' | 'other' }[]> {
  const entries = await fastGlobLib()('**/*', { cwd: dir, dot: true, onlyFiles: false, followSymbolicLinks: false, objectMode: true, ignore });
  return entries
    .filter((e) => !e.dirent.isDirectory())
    .map((e) => ({ rel: e.path, kind: e.dirent.isFile() ? ('file' as const) : e.dirent.isSymbolicLink() ? ('link' as const) : ('other' as const) }))
    .sort((a, b) => cmp(a.rel, b.rel));
}

function notRegular(kind: 'link' | 'other'): string {
  return kind === 'link' ? 'symbolic link not followed' : 'not a regular file';
}

async function loadFile(abs: string, display: string, limits: LoadLimits, out: LoadedInputs, followLink = false): Promise<void> {
  const data = await readLimited(abs, display, limits, out, followLink);
  if (data) out.sources.push({ file: display, data });
}

/**
 * Open a regular file for reading. O_NOFOLLOW: a file swapped for a link after the folder was listed is refused,
 * not followed (only a path named on the command line may be a link). O_NONBLOCK: a FIFO cannot stall the open;
 * fstat on the open descriptor then refuses anything that is not a regular file.
 */
async function openRegular(abs: string, display: string, maxBytes: number | undefined, errors: LoadError[], followLink: boolean): Promise<{ fh: fs.FileHandle; size: number } | undefined> {
  let fh: fs.FileHandle | undefined;
  try {
    fh = await fs.open(abs, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK | (followLink ? 0 : fsConstants.O_NOFOLLOW));
    const st = await fh.stat();
    if (!st.isFile()) {
      errors.push({ file: display, message: 'not a regular file' });
    } else if (maxBytes !== undefined && st.size > maxBytes) {
      errors.push({ file: display, message: `file is ${st.size} bytes, larger than the limit of ${maxBytes} (--max-file-size)` });
    } else {
      return { fh, size: st.size };
    }
  } catch (e) {
    errors.push({ file: display, message: errnoMessage(e) });
  }
  await fh?.close();
  return undefined;
}

async function readLimited(abs: string, display: string, limits: LoadLimits, out: LoadedInputs, followLink = false): Promise<Buffer | undefined> {
  const opened = await openRegular(abs, display, limits.maxFileBytes, out.errors, followLink);
  if (!opened) return undefined;
  const { fh, size } = opened;
  try {
    // The size seen by fstat bounds the read: a file that grows while it is read cannot pass the limit.
    const buf = Buffer.allocUnsafe(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await fh.read(buf, got, size - got, got);
      if (bytesRead === 0) break;
      got += bytesRead;
    }
    return buf.subarray(0, got);
  } catch (e) {
    out.errors.push({ file: display, message: errnoMessage(e) });
    return undefined;
  } finally {
    await fh.close();
  }
}

/** Why an archive member name is refused, if it is. Nothing is ever written to disk; unsafe names are still refused. */
export function unsafeMemberReason(name: string): string | undefined {
  if (name.startsWith('/') || /^[A-Za-z]:/.test(name)) return 'absolute path in archive';
  if (name.split(/[\\/]+/).includes('..')) return 'path with ".." in archive';
  if (name.includes('\0')) return 'NUL in member name';
  return undefined;
}

/** Archive problems listed per archive; past this many the archive is taken as damaged and reading stops. */
const MAX_ARCHIVE_WARNINGS = 10;
const DAMAGED_AFTER_WARNINGS = 1000;

/** Ends the read pipeline early; `reason` is the error to report, or undefined at the end-of-archive marker. */
class StopReading extends Error {
  constructor(readonly reason?: string) {
    super('stop');
  }
}

/**
 * Read a .tar.gz in memory. Decompression happens here (not in tar) so that every expanded byte, whether part of
 * a member, a skipped member, metadata or trailing junk, counts against --max-archive-size; reading stops at the
 * end-of-archive marker, since tar's parser would buffer whatever follows it.
 */
async function loadArchive(abs: string, display: string, limits: LoadLimits, out: LoadedInputs, followLink = false): Promise<void> {
  const members = new Map<string, Buffer>();
  const errors: LoadError[] = [];
  let expanded = 0;
  let count = 0;
  let warnings = 0;
  let stop: string | undefined;
  let endMarker = false;
  let cut = false; // input stopped early: tar's own "truncated" complaints would only repeat why
  const parser = new (tarLib().Parser)({ strict: false, zstd: false, brotli: false });
  const done = new Promise<void>((resolve) => {
    parser.on('entry', (entry: ReadEntry) => {
      count++;
      const name = entry.path.replace(/^\.\//, '');
      const memberDisplay = `${display}!${name}`;
      const skip = (message?: string) => {
        if (message) errors.push({ file: memberDisplay, message });
        entry.resume();
      };
      if (stop !== undefined) return skip();
      if (count > limits.maxEntries) {
        stop = `archive has more than ${limits.maxEntries} entries (--max-entries); the rest was not read`;
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
      entry.on('data', (c: Buffer) => {
        size += c.length;
        if (stop === undefined) chunks.push(c);
      });
      entry.on('end', () => {
        if (stop !== undefined) return; // the archive-level error says why
        // tar ends a member cut short by the end of the input with what it had: never read it as if complete.
        if (size < (entry.size ?? 0)) errors.push({ file: memberDisplay, message: `member is truncated (${size} of ${entry.size} bytes); it was not read` });
        else members.set(name, Buffer.concat(chunks));
      });
    });
    parser.on('eof', () => {
      endMarker = true;
    });
    parser.on('warn', (_code: string, message: string | Error) => {
      if (cut) return;
      warnings++;
      if (warnings > DAMAGED_AFTER_WARNINGS && stop === undefined) stop = `archive is damaged (more than ${DAMAGED_AFTER_WARNINGS} problems); the rest was not read`;
      if (warnings > MAX_ARCHIVE_WARNINGS) return;
      const m = typeof message === 'string' ? message : message.message;
      errors.push({ file: display, message: `archive problem: ${m.split('\n')[0].slice(0, 200)}` });
    });
    parser.on('error', (e: Error) => {
      errors.push({ file: display, message: `cannot read archive: ${e.message.split('\n')[0].slice(0, 200)}` });
      resolve();
    });
    parser.on('end', () => resolve());
    parser.on('close', () => resolve());
  });
  // No size limit on the compressed file itself: what it expands to is bounded below.
  const opened = await openRegular(abs, display, undefined, errors, followLink);
  if (opened) {
    const { fh } = opened;
    const head = Buffer.alloc(2);
    let gzip = false;
    try {
      await fh.read(head, 0, 2, 0);
      gzip = head[0] === 0x1f && head[1] === 0x8b;
    } catch {
      // reported by the read below
    }
    let first = true;
    const sink = new Writable({
      write(chunk: Buffer, _enc, cb) {
        if (first && gzip && chunk[0] === 0x1f && chunk[1] === 0x8b) {
          stop = 'archive is compressed twice; it was not read'; // tar would inflate the inner layer unbounded
        }
        first = false;
        expanded += chunk.length;
        if (stop === undefined && expanded > limits.maxArchiveBytes) {
          stop = `archive expands past ${limits.maxArchiveBytes} bytes (--max-archive-size); the rest was not read`;
        }
        if (stop !== undefined) return cb(new StopReading(stop));
        parser.write(chunk);
        cb(stop !== undefined ? new StopReading(stop) : endMarker ? new StopReading() : undefined);
      },
    });
    const source = fh.createReadStream({ start: 0, autoClose: false });
    try {
      if (gzip) await pipeline(source, createGunzip(), sink);
      else await pipeline(source, sink);
    } catch (e) {
      cut = true;
      if (!(e instanceof StopReading)) {
        const code = (e as NodeJS.ErrnoException)?.code ?? '';
        errors.push({ file: display, message: code.startsWith('Z_') ? 'cannot read archive: compressed data is truncated or corrupt' : errnoMessage(e) });
      }
    } finally {
      await fh.close();
    }
  }
  parser.end();
  await done;
  if (stop !== undefined) errors.push({ file: display, message: stop });
  if (warnings > MAX_ARCHIVE_WARNINGS) errors.push({ file: display, message: `${warnings - MAX_ARCHIVE_WARNINGS} more archive problems not listed` });
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
    case 'ELOOP': return 'symbolic link not followed';
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
