// YAML/JSON text -> Resources that keep their file and lazily resolve the source position of any field.
import { Alias, isMap, isPair, isScalar, isSeq, LineCounter, parseAllDocuments, type Document, type Node as YNode } from 'yaml';
import type { FieldPath, LoadError, Loc, Resource } from './types.js';

export interface ParseLimits {
  /** Most alias expansions per document (alias-bomb guard). */
  readonly maxAliasCount: number;
  /** Most documents per file. */
  readonly maxDocuments: number;
  /** Deepest nesting of collections. */
  readonly maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 1000, maxDocuments: 200_000, maxDepth: 200 };

export interface ParseOutput {
  readonly resources: Resource[];
  readonly errors: LoadError[];
  /** Plain data of documents that are not Kubernetes objects (no `kind`), by document index. */
  readonly others: { readonly docIndex: number; readonly data: unknown; readonly resource?: Resource }[];
}

export interface ParseOptions {
  readonly limits?: ParseLimits;
  readonly cluster?: string;
  /** Keep documents without apiVersion/kind as resources too (for config files such as the kubelet's). */
  readonly keepUntyped?: boolean;
}

const SOURCE_RE = /^#\s*Source:\s*(\S.*?)\s*$/m;

/** Parse one file's text. Never throws for bad input: problems become LoadErrors with file and line. */
export function parseText(text: string, file: string, opts: ParseOptions = {}): ParseOutput {
  const limits = opts.limits ?? DEFAULT_PARSE_LIMITS;
  const out: ParseOutput = { resources: [], errors: [], others: [] };
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    docs = parseAllDocuments(text, { lineCounter, uniqueKeys: true, prettyErrors: false, merge: true }) as Document.Parsed[];
  } catch (e) {
    out.errors.push({ file, message: `cannot parse: ${describe(e)}` });
    return out;
  }
  if (!Array.isArray(docs)) docs = [docs];
  if (docs.length > limits.maxDocuments) {
    out.errors.push({ file, message: `too many documents (${docs.length}, limit ${limits.maxDocuments}); only the first ${limits.maxDocuments} were read` });
    docs = docs.slice(0, limits.maxDocuments);
  }
  let prevEnd = 0;
  docs.forEach((doc, docIndex) => {
    const contentStart = doc.contents?.range?.[0] ?? doc.range[0];
    const helmSource = SOURCE_RE.exec(text.slice(prevEnd, contentStart))?.[1];
    prevEnd = doc.range[2];
    const pos = (offset: number) => lineCounter.linePos(offset);
    if (doc.errors.length > 0) {
      // One entry per broken document: the first error is the cause, the rest are usually its echoes.
      const err = doc.errors[0];
      const { line, col } = pos(err.pos[0]);
      out.errors.push({ file, line, column: col, message: sanitizeYamlMessage(err.code, err.message) });
      return;
    }
    if (doc.contents === null) return; // empty document
    const depth = maxDepth(doc.contents, limits.maxDepth);
    if (depth > limits.maxDepth) {
      const { line, col } = pos(contentStart);
      out.errors.push({ file, line, column: col, message: `document nested deeper than ${limits.maxDepth} levels` });
      return;
    }
    let data: unknown;
    try {
      data = doc.toJS({ maxAliasCount: limits.maxAliasCount });
    } catch (e) {
      const { line, col } = pos(contentStart);
      out.errors.push({ file, line, column: col, message: `cannot read document: ${describe(e)}` });
      return;
    }
    const mk = (obj: Record<string, unknown>, base: FieldPath, listIndex?: number): Resource =>
      makeResource(obj, { file, docIndex, listIndex, helmSource, cluster: opts.cluster, doc, lineCounter, base });
    if (!isObject(data)) {
      out.others.push({ docIndex, data: deepFreeze(data) });
      return;
    }
    const kind = data.kind;
    if (typeof kind === 'string' && /List$/.test(kind) && Array.isArray(data.items) && data.apiVersion !== undefined) {
      data.items.forEach((item, i) => {
        if (isObject(item) && typeof item.kind === 'string') out.resources.push(mk(item, ['items', i], i));
        else {
          const { line, col } = pos(locateNode(doc, ['items', i])?.start ?? contentStart);
          out.errors.push({ file, line, column: col, message: `item ${i} of the list is not a Kubernetes object` });
        }
      });
      return;
    }
    if (typeof kind === 'string' && kind !== '') out.resources.push(mk(data, []));
    else if (opts.keepUntyped) out.others.push({ docIndex, data: deepFreeze(data), resource: mk(data, []) });
    else out.others.push({ docIndex, data: deepFreeze(data) });
  });
  return out;
}

interface MakeArgs {
  file: string;
  docIndex: number;
  listIndex?: number;
  helmSource?: string;
  cluster?: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  base: FieldPath;
}

function makeResource(obj: Record<string, unknown>, a: MakeArgs): Resource {
  deepFreeze(obj);
  const meta = isObject(obj.metadata) ? obj.metadata : {};
  const name = typeof meta.name === 'string' ? meta.name : typeof meta.generateName === 'string' ? `${meta.generateName}*` : '';
  const namespace = typeof meta.namespace === 'string' && meta.namespace !== '' ? meta.namespace : undefined;
  const toLoc = (start: number, end: number | undefined, exact: boolean): Loc & { exact: boolean } => {
    const s = a.lineCounter.linePos(start);
    const e = end !== undefined ? a.lineCounter.linePos(end) : undefined;
    return {
      file: a.file,
      line: s.line,
      column: s.col,
      ...(e ? { endLine: e.line, endColumn: e.col } : {}),
      ...(a.helmSource ? { helmSource: a.helmSource } : {}),
      exact,
    };
  };
  const rootPos = locateNode(a.doc, a.base);
  const start = rootPos?.start ?? a.doc.range[0];
  const { exact: _e, ...rootLoc } = toLoc(start, undefined, true);
  return Object.freeze({
    apiVersion: typeof obj.apiVersion === 'string' ? obj.apiVersion : '',
    kind: typeof obj.kind === 'string' ? obj.kind : '',
    name,
    namespace,
    obj,
    loc: Object.freeze(rootLoc),
    file: a.file,
    docIndex: a.docIndex,
    ...(a.listIndex !== undefined ? { listIndex: a.listIndex } : {}),
    ...(a.cluster !== undefined ? { cluster: a.cluster } : {}),
    locate(path: FieldPath) {
      const full = [...a.base, ...path];
      for (let n = full.length; n >= a.base.length; n--) {
        const found = locateNode(a.doc, full.slice(0, n));
        if (found) return toLoc(found.start, found.end, n === full.length);
      }
      return toLoc(start, undefined, false);
    },
  });
}

/** Offsets of the node at `path`: for map entries whose value is a collection, the key; for scalars, the value. */
function locateNode(doc: Document.Parsed, path: FieldPath): { start: number; end: number } | undefined {
  let node: unknown = doc.contents;
  let keyNode: YNode | undefined;
  const seen = new Set<unknown>();
  for (const key of path) {
    node = resolveAlias(doc, node, seen);
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && keyValue(p.key) === String(key));
      if (!pair) return undefined;
      keyNode = pair.key as YNode;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
      if (node === undefined) return undefined;
    } else {
      return undefined;
    }
  }
  node = resolveAlias(doc, node, seen);
  const target = node as YNode | null | undefined;
  if (keyNode?.range && (!target || !isScalar(target))) return { start: keyNode.range[0], end: keyNode.range[1] };
  if (target?.range) return { start: target.range[0], end: target.range[1] };
  if (keyNode?.range) return { start: keyNode.range[0], end: keyNode.range[1] };
  return undefined;
}

function resolveAlias(doc: Document.Parsed, node: unknown, seen: Set<unknown>): unknown {
  let n = node;
  while (n instanceof Alias) {
    if (seen.has(n)) return undefined;
    seen.add(n);
    n = n.resolve(doc);
  }
  return n;
}

function keyValue(k: unknown): string | undefined {
  if (isScalar(k)) return String(k.value);
  return undefined;
}

/** Depth of nested collections, stopping early past the limit. Iterative: hostile input can nest very deep. */
function maxDepth(root: unknown, limit: number): number {
  let max = 0;
  const stack: [unknown, number][] = [[root, 1]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    if (isMap(n) || isSeq(n)) {
      if (d > max) max = d;
      if (max > limit) return max;
      for (const it of n.items as unknown[]) {
        if (isPair(it)) {
          stack.push([it.value, d + 1]);
          if (isMap(it.key) || isSeq(it.key)) stack.push([it.key, d + 1]);
        } else stack.push([it, d + 1]);
      }
    }
  }
  return max;
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function deepFreeze<T>(v: T): T {
  const stack: unknown[] = [v];
  while (stack.length) {
    const n = stack.pop();
    if (n && typeof n === 'object' && !Object.isFrozen(n)) {
      Object.freeze(n);
      for (const k of Object.keys(n)) stack.push((n as Record<string, unknown>)[k]);
    }
  }
  return v;
}

/** yaml's messages can quote source text; keep only the error class so no value (possibly secret) leaks. */
function sanitizeYamlMessage(code: string, message: string): string {
  const head = message.split(/[:\n]/)[0].replace(/\s+at line \d+.*$/, '').trim();
  return `invalid YAML (${code.toLowerCase().replace(/_/g, ' ')}): ${head}`.slice(0, 200);
}

function describe(e: unknown): string {
  if (e instanceof RangeError) return 'input too deeply nested or too large';
  if (e instanceof Error) return e.message.split('\n')[0].slice(0, 200);
  return 'unknown error';
}
