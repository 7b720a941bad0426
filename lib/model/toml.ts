// TOML documents (containerd and CRI-O configuration) as a Resource: plain frozen data plus the position of every key.
//
// toml-eslint-parser gives the syntax tree with positions; the value is read from it with getStaticTOMLValue, so
// dotted keys, [tables], [[arrays of tables]] and inline tables resolve exactly as TOML defines them.
import { tomlLib } from '../lazy.js';
import type { FieldPath, LoadError, Loc, Resource } from './types.js';
import { deepFreeze } from './parse.js';

type Node = { type: string; loc: { start: { line: number; column: number }; end: { line: number; column: number } } } & Record<string, unknown>;

function keyName(k: unknown): string {
  const o = k as { name?: unknown; value?: unknown };
  return typeof o.name === 'string' ? o.name : String(o.value);
}

/** Dates become ISO strings so the data stays JSON. */
function plain(v: unknown): unknown {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? String(v) : v.toISOString();
  if (typeof v === 'bigint') return v.toString();
  if (Array.isArray(v)) return v.map(plain);
  if (v && typeof v === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) out[k] = plain(x);
    return out;
  }
  return v;
}

/** Positions of every key (and array element) by path, keyed by the path joined with NUL. */
function positions(ast: Node, file: string): Map<string, Loc> {
  const out = new Map<string, Loc>();
  const put = (path: readonly (string | number)[], n: Node) => {
    const k = path.join('\u0000');
    if (!out.has(k)) {
      out.set(k, Object.freeze({ file, line: n.loc.start.line, column: n.loc.start.column + 1, endLine: n.loc.end.line, endColumn: n.loc.end.column + 1 }));
    }
  };
  const value = (path: (string | number)[], v: Node) => {
    if (v.type === 'TOMLArray') {
      (v.elements as Node[]).forEach((e, i) => {
        put([...path, i], e);
        value([...path, i], e);
      });
    } else if (v.type === 'TOMLInlineTable') {
      for (const kv of v.body as Node[]) keyValue(path, kv);
    }
  };
  const keyValue = (base: (string | number)[], kv: Node) => {
    const keys = ((kv.key as { keys: unknown[] }).keys ?? []).map(keyName);
    for (let i = 1; i < keys.length; i++) put([...base, ...keys.slice(0, i)], kv);
    const path = [...base, ...keys];
    put(path, kv);
    value(path, kv.value as Node);
  };
  const top = (ast.body as Node[])[0];
  for (const item of (top?.body as Node[] | undefined) ?? []) {
    if (item.type === 'TOMLKeyValue') keyValue([], item);
    else if (item.type === 'TOMLTable') {
      const resolved = item.resolvedKey as (string | number)[];
      for (let i = 1; i <= resolved.length; i++) put(resolved.slice(0, i), item);
      for (const kv of item.body as Node[]) keyValue(resolved, kv);
    }
  }
  return out;
}

/**
 * Parse a TOML file into a Resource whose `kind` is `kindName` (e.g. `ContainerdConfig`), or a load error with the
 * line and column. Parser messages are not passed on: they could quote the input, which may hold credentials.
 */
export function parseTomlDocument(text: string, file: string, kindName: string): { doc?: Resource; errors: LoadError[] } {
  let ast: Node;
  try {
    ast = tomlLib().parseTOML(text) as unknown as Node;
  } catch (e) {
    const err = e as { lineNumber?: unknown; column?: unknown };
    const line = typeof err.lineNumber === 'number' ? err.lineNumber : undefined;
    const column = typeof err.column === 'number' ? err.column + 1 : undefined;
    return { errors: [{ file, message: 'not valid TOML; the file was not read', ...(line ? { line } : {}), ...(line && column ? { column } : {}) }] };
  }
  const obj = deepFreeze(plain(tomlLib().getStaticTOMLValue(ast as never)) as Record<string, unknown>);
  const pos = positions(ast, file);
  const rootLoc: Loc = Object.freeze({ file, line: 1, column: 1 });
  const doc: Resource = Object.freeze({
    apiVersion: '',
    kind: kindName,
    name: '',
    obj,
    loc: rootLoc,
    file,
    docIndex: 0,
    locate(path: FieldPath) {
      for (let n = path.length; n > 0; n--) {
        const l = pos.get(path.slice(0, n).join('\u0000'));
        if (l) return { ...l, exact: n === path.length };
      }
      return { ...rootLoc, exact: path.length === 0 };
    },
  });
  return { doc, errors: [] };
}
