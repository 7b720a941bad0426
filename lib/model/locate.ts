// Source positions of fields, computed on demand for one unit (a document or a List item) at a time.
// YAML: js-yaml parses the unit again with its `listener` hook, which reports where every node opens and closes;
// that is about five times faster than yaml's own syntax tree (measured on Deployment items of a dump).
// JSON: jsonc-parser's syntax tree. Units with anchors use yaml's full document model, which resolves aliases.
import jsyaml from 'js-yaml';
import type { CST, Document, Node as YNode } from 'yaml';
import { jsoncLib, yamlLib } from '../lazy.js';
import type { FieldPath } from './types.js';

/** Offsets (within the unit text) of a field: for collection values the key, for scalars the value. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Finder = (path: FieldPath) => Span | undefined;

/** A finder for a unit's text, built from the cheapest syntax tree that can answer. */
export function makeFinder(text: string, kind: 'json' | 'yaml' | 'yaml-with-anchors'): Finder {
  if (kind === 'json') return jsonFinder(text);
  if (kind === 'yaml-with-anchors') return documentFinder(text);
  try {
    return listenerFinder(text);
  } catch {
    return cstFinder(blankManagedFields(text));
  }
}

/** A node as the listener saw it: where it opens and closes, and its composed value. */
interface Seen {
  readonly start: number;
  readonly end: number;
  readonly result: unknown;
}

const CORE = jsyaml.CORE_SCHEMA.extend([(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge]);

/**
 * Parse the unit with js-yaml, recording where each node opens and closes. Children of a mapping arrive as
 * key, value, key, value…; children of a sequence as its elements. Each collection keeps the list of its children
 * as seen; a lookup walks those lists (a mapping has few keys), so nothing else is built per node.
 */
function listenerFinder(text: string): Finder {
  const children = new Map<object, Seen[]>();
  const open: Seen[][] = [[]];
  const starts: number[] = [0];
  // js-yaml reports no node for an empty sequence entry (`-` alone); when children do not line up with the
  // composed value, this unit takes the syntax-tree path instead.
  let aligned = true;
  const root = jsyaml.load(text, {
    schema: CORE,
    listener(event, state) {
      if (event === 'open') {
        open.push([]);
        starts.push(state.position);
        return;
      }
      const kids = open.pop()!;
      const result = state.result as unknown;
      open[open.length - 1].push({ start: starts.pop()!, end: state.position, result });
      if (result === null || typeof result !== 'object') return;
      if (Array.isArray(result) ? kids.length !== result.length : kids.length % 2 !== 0) aligned = false;
      children.set(result, kids);
    },
  });
  if (!aligned) throw new Error('unaligned');
  const skipSpace = (i: number, end: number): number => {
    let p = i;
    while (p < end) {
      const c = text.charCodeAt(p);
      if (c === 32 || c === 9 || c === 10 || c === 13) p++;
      else if (c === 35 /* # */) {
        const nl = text.indexOf('\n', p);
        p = nl === -1 ? end : nl + 1;
      } else break;
    }
    return p;
  };
  return (path) => {
    let node: unknown = root;
    let key: Seen | undefined;
    let value: Seen | undefined;
    for (const step of path) {
      if (node === null || typeof node !== 'object') return undefined;
      const kids = children.get(node);
      if (!kids) return undefined;
      if (Array.isArray(node)) {
        if (typeof step !== 'number' || !kids[step]) return undefined;
        key = undefined;
        value = kids[step];
        node = node[step];
      } else {
        // The last of equal keys, as a mapping keeps it.
        const name = String(step);
        let i = kids.length - 2;
        while (i >= 0 && String(kids[i].result) !== name) i -= 2;
        if (i < 0) return undefined;
        key = kids[i];
        value = kids[i + 1];
        node = (node as Record<string, unknown>)[name];
      }
    }
    if (!value) return undefined;
    if (key && node !== null && typeof node === 'object') return { start: key.start, end: key.end };
    const start = skipSpace(value.start, value.end);
    return { start, end: Math.max(start, value.end) };
  };
}

function jsonFinder(text: string): Finder {
  const jsonc = jsoncLib();
  const root = jsonc.parseTree(text);
  return (path) => {
    if (!root) return undefined;
    const node = jsonc.findNodeAtLocation(root, [...path]);
    if (!node) return undefined;
    const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
    if (key && (node.type === 'object' || node.type === 'array')) return { start: key.offset, end: key.offset + key.length };
    return { start: node.offset, end: node.offset + node.length };
  };
}

type Token = CST.Token;
type CollectionItem = CST.CollectionItem;

function cstFinder(text: string): Finder {
  let root: Token | undefined;
  for (const tok of new (yamlLib().Parser)().parse(text)) {
    if (tok.type === 'document') {
      root = tok.value;
      break;
    }
  }
  return (path) => (root ? cstFind(root, path) : undefined);
}

function isFlowMap(t: Token): boolean {
  return t.type === 'flow-collection' && t.start.source === '{';
}

function isFlowSeq(t: Token): boolean {
  return t.type === 'flow-collection' && t.start.source === '[';
}

function keyOf(t: Token | undefined): string | undefined {
  if (!t) return undefined;
  if (t.type === 'scalar') return t.source;
  if (t.type === 'single-quoted-scalar' || t.type === 'double-quoted-scalar') return yamlLib().CST.resolveAsScalar(t)?.value;
  return undefined;
}

function spanOf(t: Token): Span | undefined {
  if ('offset' in t && typeof t.offset === 'number') {
    const len = 'source' in t && typeof t.source === 'string' && !('items' in t) ? t.source.length : 0;
    return { start: t.offset, end: t.offset + len };
  }
  return undefined;
}

function isCollection(t: Token): boolean {
  return t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection';
}

function cstFind(root: Token, path: FieldPath): Span | undefined {
  let node: Token | undefined = root;
  let keyTok: Token | undefined;
  for (const key of path) {
    if (!node) return undefined;
    keyTok = undefined;
    let item: CollectionItem | undefined;
    if (node.type === 'block-map' || isFlowMap(node)) {
      item = (node as CST.BlockMap | CST.FlowCollection).items.find((it) => keyOf(it.key as Token | undefined) === String(key));
      if (!item) return undefined;
      keyTok = item.key as Token;
    } else if ((node.type === 'block-seq' || isFlowSeq(node)) && typeof key === 'number') {
      item = (node as CST.BlockSequence | CST.FlowCollection).items[key];
      if (!item) return undefined;
    } else {
      return undefined;
    }
    node = item.value;
  }
  if (keyTok && (!node || isCollection(node))) return spanOf(keyTok);
  if (node) return spanOf(node);
  return keyTok ? spanOf(keyTok) : undefined;
}

/**
 * Replace the lines of every `managedFields:` block with spaces (newlines kept, so offsets do not move): no rule
 * points into them, and in a dump they are often the larger half of an object.
 */
export function blankManagedFields(t: string): string {
  if (!t.includes('managedFields:')) return t;
  const re = /^( *)managedFields:[ \t]*$/gm;
  let out = '';
  let last = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const k = m[1].length;
    const nl = t.indexOf('\n', m.index);
    if (nl === -1) break;
    const from = nl + 1;
    let end = from;
    while (end < t.length) {
      const next = t.indexOf('\n', end);
      const stop = next === -1 ? t.length : next;
      const line = t.slice(end, stop);
      const ind = line.length - line.trimStart().length;
      const blank = line.trim() === '';
      if (!blank && !(ind > k || (ind === k && (line.startsWith('- ', k) || line.length === k + 1)))) break;
      end = next === -1 ? t.length : next + 1;
    }
    out += t.slice(last, from) + t.slice(from, end).replace(/[^\n]/g, ' ');
    last = end;
    re.lastIndex = end;
  }
  return out + t.slice(last);
}

/** Full document model: resolves aliases (only for units that have anchors). */
function documentFinder(text: string): Finder {
  let doc: Document.Parsed | undefined;
  try {
    doc = yamlLib().parseDocument(text, { uniqueKeys: false, prettyErrors: false, merge: true }) as Document.Parsed;
  } catch {
    doc = undefined;
  }
  return (path) => (doc ? locateNode(doc, path) : undefined);
}

function locateNode(doc: Document.Parsed, path: FieldPath): Span | undefined {
  const { isMap, isPair, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let keyNode: YNode | undefined;
  const seen = new Set<unknown>();
  for (const key of path) {
    node = resolveAlias(doc, node, seen);
    keyNode = undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(key));
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
  const { Alias } = yamlLib();
  let n = node;
  while (n instanceof Alias) {
    if (seen.has(n)) return undefined;
    seen.add(n);
    n = n.resolve(doc);
  }
  return n;
}

/** Offset -> 1-based line/column, by binary search over line starts (built once per text). */
export function lineIndex(text: string): (offset: number) => { line: number; col: number } {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, col: offset - starts[lo] + 1 };
  };
}
