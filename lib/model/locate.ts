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

const CORE = jsyaml.CORE_SCHEMA.extend([(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge]);

/**
 * Parse the unit with js-yaml, recording where each node opens and closes. Children of a mapping arrive as
 * key, value, key, value…; children of a sequence as its elements. All offsets go into one flat table per unit,
 * so a node costs no allocation of its own; a lookup walks a mapping's keys (a mapping has few).
 */
function listenerFinder(text: string): Finder {
  const { find } = readWithPositions(text);
  if (!find) throw new Error('unaligned');
  return find;
}

/**
 * The unit's value (as js-yaml's load with the core schema and merge keys reads it) together with a finder for
 * it, from one parse: for units that will likely be asked where their fields are, this saves reading them twice.
 * `find` is undefined when the listener's nodes do not line up with the value (an empty `-` entry). Throws what
 * js-yaml's load throws.
 */
export function readWithPositions(text: string): { value: unknown; find?: Finder } {
  // For the whole unit, two flat lists: `table` holds, for each collection, its number of children followed by
  // where each child opens and closes; `keys` holds the keys of each mapping. A collection maps to where its entry
  // starts in `table` and, for a mapping, where its keys start in `keys`: no allocation per node. (A Map, not a
  // WeakMap: young keys in weak tables make every minor GC slower. metadata.managedFields, which the caller drops
  // from the value, is taken out below so that the map does not keep it alive.)
  const table: number[] = [];
  const keys: unknown[] = [];
  const entry = new Map<object, number>();
  // Nodes closed but not yet claimed by their parent (offsets in pairs, and composed values), and the nodes still
  // open (where each starts, and how many closed nodes there were when it opened): stacks with explicit tops.
  const donePos: number[] = [];
  const doneValue: unknown[] = [];
  const opened: number[] = [];
  let doneTop = 0;
  let openTop = 0;
  // js-yaml reports no node for an empty sequence entry (`-` alone); when children do not line up with the
  // composed value, this unit takes the syntax-tree path instead.
  let aligned = true;
  const root = jsyaml.load(text, {
    schema: CORE,
    listener(event, state) {
      if (event === 'open') {
        opened[openTop++] = state.position;
        opened[openTop++] = doneTop;
        return;
      }
      const from = opened[--openTop];
      const start = opened[--openTop];
      const result = state.result as unknown;
      if (result !== null && typeof result === 'object') {
        const n = doneTop - from;
        const isArray = Array.isArray(result);
        if (isArray ? n !== result.length : n % 2 !== 0) aligned = false;
        entry.set(result, table.length);
        table.push(n, isArray ? -1 : keys.length);
        for (let i = 2 * from; i < 2 * doneTop; i++) table.push(donePos[i]);
        if (!isArray) for (let i = from; i < doneTop; i += 2) keys.push(doneValue[i]);
      }
      doneTop = from;
      donePos[2 * doneTop] = start;
      donePos[2 * doneTop + 1] = state.position;
      doneValue[doneTop++] = result;
    },
  });
  if (!aligned) return { value: root };
  forgetSubtree(entry, (root as { metadata?: { managedFields?: unknown } } | null)?.metadata?.managedFields);
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
  const find: Finder = (path) => {
    let node: unknown = root;
    let keyAt = -1; // index in table of the key of the last step, -1 for a sequence element
    let valueAt = -1;
    for (const step of path) {
      if (node === null || typeof node !== 'object') return undefined;
      const at = entry.get(node);
      if (at === undefined) return undefined;
      const count = table[at];
      const first = at + 2; // where the first child's offsets are
      if (Array.isArray(node)) {
        if (typeof step !== 'number' || !Number.isInteger(step) || step < 0 || step >= count) return undefined;
        keyAt = -1;
        valueAt = first + 2 * step;
        node = node[step];
      } else {
        // The last of equal keys, as a mapping keeps it.
        const name = String(step);
        const keysAt = table[at + 1];
        let i = count / 2 - 1;
        while (i >= 0 && String(keys[keysAt + i]) !== name) i--;
        if (i < 0) return undefined;
        keyAt = first + 4 * i;
        valueAt = first + 4 * i + 2;
        node = (node as Record<string, unknown>)[name];
      }
    }
    if (valueAt < 0) return undefined;
    if (keyAt >= 0 && node !== null && typeof node === 'object') return { start: table[keyAt], end: table[keyAt + 1] };
    const start = skipSpace(table[valueAt], table[valueAt + 1]);
    return { start, end: Math.max(start, table[valueAt + 1]) };
  };
  return { value: root, find };
}

/** Remove every collection of a subtree from a position map. */
function forgetSubtree(entry: Map<object, number>, subtree: unknown): void {
  if (subtree === null || typeof subtree !== 'object') return;
  const stack: object[] = [subtree];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (!entry.delete(n)) continue;
    for (const v of Array.isArray(n) ? n : Object.values(n)) if (v !== null && typeof v === 'object') stack.push(v as object);
  }
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
