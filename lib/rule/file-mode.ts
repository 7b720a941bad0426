// File permission and ownership checks on collected stats, shared by every 1.1.x and 4.1.x rule.
//
// "Mode X or more restrictive" is a bitmask test: the file may have no permission bit that X lacks (setuid, setgid
// and sticky bits included), so 0400 satisfies 0600 and 0640 does not. Owners compare by name when the node's
// account database gave one, else by number for root (uid/gid 0); other accounts need names.
import type { FileStat, Loc, NodeFacts } from '../model/types.js';
import { error, fail, manual, notApplicable, pass } from './define.js';
import type { Verdict } from './types.js';

/** A file or folder a control looks at, and how we came to that path. */
export interface FileTarget {
  readonly path: string;
  /** How the path was found, for messages: `named by the kubelet's --kubeconfig`, `kubeadm's default`. */
  readonly how: string;
  /** The path is a guess (a default) rather than named by the node's configuration. */
  readonly fallback?: boolean;
  /** Set when the file in use cannot be known from the bundle: the check reports manual with this reason. */
  readonly unknown?: string;
}

export interface FileExpectation {
  /** Most permissive mode allowed, e.g. 0o600. */
  readonly mode?: number;
  /** Required owner. */
  readonly owner?: { readonly user: string; readonly group: string };
  /** What a missing file means: nothing to check (`not-applicable`), or evidence that is missing (`error`). */
  readonly ifMissing: 'not-applicable' | 'error';
  /** Subject for messages, e.g. `the API server's static pod manifest`. */
  readonly what: string;
}

/** The mode and owner part of an expectation. */
export type ModeOwner = Pick<FileExpectation, 'mode' | 'owner'>;

export function octal(mode: number): string {
  return mode.toString(8).padStart(4, '0');
}

/** The stat of a path with symbolic links followed through the collected realpaths; undefined when not collected. */
export function statOf(node: NodeFacts, path: string): FileStat | undefined {
  let st = node.files.get(path);
  for (let hops = 0; st && st.type === 'link' && hops < 8; hops++) {
    const next = st.realpath ? node.files.get(st.realpath) : undefined;
    if (!next) return st;
    st = next;
  }
  return st;
}

/** Stats of a folder and everything collected under it (sorted by path). */
export function statsUnder(node: NodeFacts, dir: string): FileStat[] {
  const base = dir.replace(/\/+$/, '');
  const out: FileStat[] = [];
  for (const [p, st] of node.files) if (p === base || p.startsWith(`${base}/`)) out.push(st);
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

const ROOT_NAMES = new Set(['root']);

/** Whether the owner matches, or undefined when it cannot be told (no names and not root). */
export function ownerMatches(st: FileStat, want: { user: string; group: string }): boolean | undefined {
  const side = (name: string | undefined, id: number | undefined, wanted: string): boolean | undefined => {
    if (name !== undefined) return name === wanted;
    if (id === undefined) return undefined;
    if (ROOT_NAMES.has(wanted)) return id === 0;
    return id === 0 ? false : undefined; // uid 0 is root, never another account; other numbers need the name
  };
  const u = side(st.user, st.uid, want.user);
  const g = side(st.group, st.gid, want.group);
  if (u === false || g === false) return false;
  if (u === undefined || g === undefined) return undefined;
  return true;
}

export function ownerText(st: FileStat): string {
  return `${st.user ?? st.uid ?? '?'}:${st.group ?? st.gid ?? '?'}`;
}

/** A node known only through the API has no file evidence: the control cannot be decided from this bundle. */
export function apiOnlyVerdict(node: NodeFacts): Verdict | undefined {
  if (node.evidence !== 'api') return undefined;
  return manual(`file modes and owners on node "${node.name}" were not collected (the node is known only through the API); collect a node bundle to decide this`);
}

interface Finding {
  readonly st: FileStat;
  readonly problem?: string;
  readonly unknown?: string;
}

function judge(st: FileStat, want: ModeOwner): Finding {
  if (want.mode !== undefined) {
    if (st.mode === undefined) return { st, unknown: `the mode of "${st.path}" was not collected` };
    const extra = st.mode & ~want.mode & 0o7777;
    if (extra !== 0) return { st, problem: `"${st.path}" has mode ${octal(st.mode)}, more permissive than ${octal(want.mode)}` };
  }
  if (want.owner) {
    const ok = ownerMatches(st, want.owner);
    if (ok === false) return { st, problem: `"${st.path}" is owned by ${ownerText(st)}, not ${want.owner.user}:${want.owner.group}` };
    if (ok === undefined) return { st, unknown: `the owner of "${st.path}" is uid ${st.uid ?? '?'} gid ${st.gid ?? '?'} and the node's account names were not collected` };
  }
  return { st };
}

function okText(st: FileStat, want: ModeOwner): string {
  const parts: string[] = [];
  if (want.mode !== undefined && st.mode !== undefined) parts.push(`mode ${octal(st.mode)}`);
  if (want.owner) parts.push(`owner ${ownerText(st)}`);
  return parts.join(', ');
}

/**
 * Judge one or more paths (e.g. admin.conf and super-admin.conf): a path absent from stats.tsv is evidence that is
 * missing (error naming it) unless the target is optional; a symbolic link is judged by its target; when none of
 * the paths exists the verdict follows `ifMissing`; every existing one must satisfy `want`.
 */
export function checkPaths(node: NodeFacts, targets: readonly (FileTarget & { optional?: boolean })[], want: FileExpectation): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const existing: { st: FileStat; target: FileTarget }[] = [];
  let firstMissing: FileStat | undefined;
  for (const target of targets) {
    if (target.unknown) return manual(target.unknown);
    const recorded = node.files.get(target.path);
    if (!recorded) {
      if (target.optional) continue;
      return error(`the stat of ${want.what} "${target.path}" (${target.how}) is missing from the bundle`);
    }
    const st = statOf(node, target.path)!;
    if (st.exists && st.type === 'link') {
      return manual(`${want.what} "${target.path}" is a symbolic link whose target was not collected`, recorded.loc);
    }
    if (!st.exists) firstMissing ??= recorded;
    else existing.push({ st, target });
  }
  if (existing.length === 0) {
    const names = targets.map((t) => `"${t.path}"`).join(' and ');
    const how = targets.length === 1 ? ` (${targets[0].how})` : '';
    const msg = `${want.what} ${names}${how} ${targets.length === 1 ? 'does' : 'do'} not exist on the node`;
    return want.ifMissing === 'not-applicable' ? notApplicable(msg, firstMissing?.loc) : error(msg, firstMissing?.loc);
  }
  const findings = existing.map((e) => ({ ...judge(e.st, want), target: e.target }));
  const bad = findings.find((f) => f.problem);
  if (bad) {
    const others = findings.filter((f) => f.problem && f !== bad).map((f) => f.problem);
    return fail(bad.st.loc, `${bad.problem} (${want.what}, ${bad.target.how})${others.length ? `; also ${others.join('; ')}` : ''}`);
  }
  const unknown = findings.find((f) => f.unknown);
  if (unknown) return manual(unknown.unknown!, unknown.st.loc);
  const ok = findings.map((f) => `"${f.st.path}" has ${okText(f.st, want)}`).join(', ');
  return pass(findings[0].st.loc, `${want.what}: ${ok} (${findings.map((f) => f.target.how).filter((h, i, a) => a.indexOf(h) === i).join('; ')})`);
}

/** Judge one file; see checkPaths. */
export function checkFile(node: NodeFacts, target: FileTarget, want: FileExpectation): Verdict {
  return checkPaths(node, [target], want);
}

/**
 * Judge a set of files (a folder tree, files of a kind): every one must satisfy `want`. The verdict points at the
 * first offender and names up to three of them.
 */
export function checkFileSet(node: NodeFacts, stats: readonly FileStat[], want: ModeOwner, where: { what: string; how: string; anchor?: Loc }): Verdict {
  const api = apiOnlyVerdict(node);
  if (api) return api;
  const existing = stats.map((s) => statOf(node, s.path)!).filter((s) => s.exists && s.type !== 'link');
  const findings = existing.map((st) => judge(st, want));
  const bad = findings.filter((f) => f.problem);
  if (bad.length > 0) {
    const shown = bad.slice(0, 3).map((f) => f.problem).join('; ');
    const more = bad.length > 3 ? ` and ${bad.length - 3} more` : '';
    return fail(bad[0].st.loc, `${bad.length} of ${existing.length} ${where.what} fail: ${shown}${more} (${where.how})`);
  }
  const unknown = findings.find((f) => f.unknown);
  if (unknown) return manual(unknown.unknown!, unknown.st.loc);
  return pass(existing[0]?.loc ?? where.anchor, `all ${existing.length} ${where.what} comply (${where.how})`);
}

/** The owner most of these controls require. */
export const ROOT = Object.freeze({ user: 'root', group: 'root' });
