// Helpers shared by the command modules of bin/: usage errors, atomic writes, option parsing, the scan date.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type minimist from 'minimist';

/** Input-derived text for the terminal: control characters (escape sequences in a file or member name) become `?`. */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '?');
}

/** A mistake in the command line or in a file the user named: one line on stderr, exit 2. */
export class UsageError extends Error {}

export function asArray(v: unknown): string[] {
  if (v === undefined || v === false) return [];
  return (Array.isArray(v) ? v : [v]).map(String);
}

let tmpCounter = 0;

/** Write a file atomically: a temporary file beside it, then rename, so an interrupted run leaves no half file. */
export async function writeAtomic(file: string, content: string): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`);
  try {
    await fs.writeFile(tmp, content, { flag: 'wx', mode: 0o644 });
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    // An output path that cannot be written is the user's to fix: one line naming it, not an internal error.
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code) throw new UsageError(`cannot write ${file}: ${WRITE_ERRORS[code] ?? code}`);
    throw e;
  }
}

const WRITE_ERRORS: Record<string, string> = {
  ENOENT: 'no such folder',
  ENOTDIR: 'a parent is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder',
  EROFS: 'read-only file system',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
};

/** `200ms`, `5s`, `1m`, `1h`, or a plain number of seconds -> milliseconds. */
export function parseDuration(v: string, what: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(v.trim());
  if (!m) throw new UsageError(`${what} takes a duration such as 60s, 5m or 200ms`);
  const n = Number(m[1]) * ({ ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000);
  if (!(n >= 10)) throw new UsageError(`${what} must be at least 10ms`);
  return Math.round(n);
}

/** The scan date (UTC) of an ISO time, for waiver expiry. */
export function dateOf(iso: string): string {
  return iso.slice(0, 10);
}

export function formatArg(args: minimist.ParsedArgs, allowed: readonly string[], what: string): string {
  const f = String(args.format ?? allowed[0]);
  if (!allowed.includes(f)) throw new UsageError(`${what} supports --format ${allowed.join(', ')}`);
  return f;
}
