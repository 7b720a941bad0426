// YAML/JSON text -> Resources that keep their file and lazily resolve the source position of any field.
//
// Speed matters (cluster dumps reach hundreds of MB), so parsing happens in two tiers:
// 1. The text is cut into units without parsing: YAML documents at `---` markers, and the items of a
//    `kind: List` document at its top-level `- ` entries (JSON lists by a bracket scanner). Each unit is parsed
//    for its values with js-yaml (or JSON.parse), which is several times faster than a position-keeping parse.
// 2. Positions come from `yaml`'s parser, run on one unit only when a finding asks where a field is, and cached.
// Units with anchors take the `yaml` path from the start, because only it bounds alias expansion.
import jsyaml from 'js-yaml';
import type { Document } from 'yaml';
import { yamlLib } from '../lazy.js';
import { lineIndex, makeFinder, readWithPositions, type Finder } from './locate.js';
import type { FieldPath, LoadError, Loc, Resource } from './types.js';

export interface ParseLimits {
  /** Most alias expansions per document (alias-bomb guard). */
  readonly maxAliasCount: number;
  /** Most documents per file. */
  readonly maxDocuments: number;
  /** Deepest nesting of collections. */
  readonly maxDepth: number;
}

export const DEFAULT_PARSE_LIMITS: ParseLimits = { maxAliasCount: 1000, maxDocuments: 1_000_000, maxDepth: 200 };

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
  /** Called now and then while a file's units are read (`done` of `total`), for progress on large files. */
  readonly onUnits?: (done: number, total: number) => void;
}

/** A slice of the file that parses on its own: a document, or one item of a List. */
export interface Unit {
  /** The unit's text; for YAML List items the leading `- ` is replaced by two spaces (columns are unchanged). */
  readonly text: string;
  /** 1-based line and column in the file where `text` starts. */
  readonly line: number;
  readonly column: number;
  readonly json: boolean;
}

// Line-local and without a lazy group before trailing blanks: both made it quadratic on long or blank-heavy input.
const SOURCE_RE = /^#[ \t]*Source:[ \t]*(\S[^\n]*)$/m;
/** An anchor (`&name`) outside quotes is the only way aliases can appear; such units take the bounded path. */
const ANCHOR_RE = /(^|[\s[{,:-])&[^\s,[\]{}]/;

/** Whether the text may hold an anchor; most units have no `&` at all, which a plain search rules out at once. */
function hasAnchor(text: string): boolean {
  return text.includes('&') && ANCHOR_RE.test(text);
}
// Core schema (as `yaml` uses) plus merge keys; the merge type exists at run time but is missing from @types/js-yaml.
const SCHEMA = jsyaml.CORE_SCHEMA.extend([(jsyaml as unknown as { types: { merge: jsyaml.Type } }).types.merge]);

/** Parse one file's text. Never throws for bad input: problems become LoadErrors with file and line. */
export function parseText(text: string, file: string, opts: ParseOptions = {}): ParseOutput {
  return planText(text, file, opts).finish();
}

/**
 * A file cut into units but not yet read: parseText in two steps, so that the units' values can be read
 * elsewhere in between (worker threads, see parse-pool.ts). JSON files are read whole while planning.
 */
export interface TextPlan {
  /** The units still to read, in file order. */
  readonly units: readonly Unit[];
  /**
   * Build the output. `values[i]` is units[i]'s value as readUnitValue returned it (frozen here); units
   * without one are read now, as parseText does, so errors are reported exactly as on the one-thread path.
   */
  finish(values?: readonly ({ readonly data: unknown } | undefined)[]): ParseOutput;
  /**
   * Whether units[i] is best read on the thread that will call finish(): its fields will likely be located, and
   * read there it keeps its positions from the same parse (read elsewhere, it is parsed again when asked).
   */
  readsHere(i: number): boolean;
  /** Read units[i] on this thread, keeping its positions for finish(); undefined when finish() must read it (errors). */
  readHere(i: number): { readonly data: unknown } | undefined;
}

export function planText(text: string, file: string, opts: ParseOptions = {}): TextPlan {
  const limits = opts.limits ?? DEFAULT_PARSE_LIMITS;
  const out: ParseOutput = { resources: [], errors: [], others: [] };
  const ctx: Ctx = { file, limits, opts, out, finders: new Map() };
  const firstChar = /\S/.exec(text)?.[0];
  if (firstChar === '{' || firstChar === '[') {
    if (parseJsonFile(text, ctx)) return { units: [], finish: () => out, readsHere: () => false, readHere: () => undefined };
  }
  const docs = splitDocuments(text);
  if (docs.length > limits.maxDocuments) {
    out.errors.push({ file, message: `too many documents (${docs.length}, limit ${limits.maxDocuments} (--max-documents)); only the first ${limits.maxDocuments} were read` });
    docs.length = limits.maxDocuments;
  }
  const units: Unit[] = [];
  const planned: { meta: UnitMeta; isItem: boolean }[] = [];
  docs.forEach((doc, docIndex) => {
    const helmSource = SOURCE_RE.exec(leadingComments(doc.text))?.[1].trimEnd();
    const items = splitYamlList(doc);
    if (items) {
      items.forEach((item, i) => {
        units.push(item);
        planned.push({ meta: { docIndex, listIndex: i, helmSource }, isItem: true });
      });
      return;
    }
    units.push(doc);
    planned.push({ meta: { docIndex, helmSource }, isItem: false });
  });
  return {
    units,
    finish(values) {
      units.forEach((unit, i) => {
        handleUnit(unit, planned[i].meta, ctx, planned[i].isItem, values?.[i]);
        if ((i & 1023) === 1023) opts.onUnits?.(i + 1, units.length);
      });
      return out;
    },
    readsHere: (i) => !units[i].json && likelyLocated(units[i].text),
    readHere: (i) => tryRead(units[i], ctx),
  };
}

/**
 * Deepest nesting that readUnitValue accepts. Both parsers handle far deeper input on the main thread's
 * smaller stack (measured: 800 levels), so a unit read within it reads the same on every thread; deeper
 * units are left to the main thread.
 */
const PORTABLE_MAX_DEPTH = 200;

/**
 * A unit's value as parseText would read it, for reading on another thread: undefined whenever the read
 * would report an error (or nests deeper than PORTABLE_MAX_DEPTH), so that finish() reads it again and
 * reports the error itself. managedFields is dropped; the value is frozen here but not after cloning.
 */
export function readUnitValue(unit: Unit, limits: ParseLimits): { data: unknown } | undefined {
  return tryRead(unit, { file: '', limits: { ...limits, maxDepth: Math.min(limits.maxDepth, PORTABLE_MAX_DEPTH) }, opts: {}, out: { resources: [], errors: [], others: [] } });
}

/**
 * readUnitValue for a value that travels to another thread, and whether JSON text carries it exactly: the receiving
 * thread reads JSON faster than a structured clone (measured on a 10k-object dump: 47 ms against 75 ms). Not when
 * aliases may share one object between places (JSON would copy it for each) or a number has no JSON form (NaN,
 * infinities, -0).
 */
export function readUnitForTransfer(unit: Unit, limits: ParseLimits): { data: unknown; json: boolean } | undefined {
  sawNonJsonNumber = false;
  const v = readUnitValue(unit, limits);
  return v && { data: v.data, json: !sawNonJsonNumber && !hasAnchor(unit.text) };
}

/**
 * A unit's value read ahead of finish(), or undefined when reading it reports anything: errors go to a scratch
 * list, and finish() reads such a unit again so that its errors are reported in order, as on the one-thread path.
 */
function tryRead(unit: Unit, ctx: Ctx): { data: unknown } | undefined {
  const scratch: Ctx = { ...ctx, out: { resources: [], errors: [], others: [] } };
  const data = readUnit(unit, scratch);
  if (data === FAILED || scratch.out.errors.length > 0) {
    ctx.finders?.delete(unit);
    return undefined;
  }
  return { data };
}

interface Ctx {
  readonly file: string;
  readonly limits: ParseLimits;
  readonly opts: ParseOptions;
  readonly out: ParseOutput;
  /** Finders built while reading units (see likelyLocated); absent where values travel to another thread. */
  readonly finders?: Map<Unit, Finder>;
}

interface UnitMeta {
  readonly docIndex: number;
  readonly listIndex?: number;
  readonly helmSource?: string;
}

function handleUnit(unit: Unit, meta: UnitMeta, ctx: Ctx, isItem: boolean, pre?: { readonly data: unknown }): void {
  const { file, out } = ctx;
  const data = pre ? deepFreeze(pre.data) : readUnit(unit, ctx);
  const found = ctx.finders?.get(unit);
  if (found) ctx.finders!.delete(unit);
  if (data === FAILED || data === undefined || data === null) return;
  if (!isObject(data)) {
    if (isItem) out.errors.push({ file, line: unit.line, column: unit.column, message: `item ${meta.listIndex} of the list is not a Kubernetes object` });
    else out.others.push({ docIndex: meta.docIndex, data: deepFreeze(data) });
    return;
  }
  if (!isItem && isListObject(data)) {
    // A List this module could not cut at the text level (flow style, unusual indentation): read it whole.
    const items = data.items as unknown[];
    const shared = new UnitFinder(unit, true);
    items.forEach((item, i) => {
      if (isObject(item) && typeof item.kind === 'string') {
        out.resources.push(new UnitResource(item, { ...meta, listIndex: i }, ctx, shared, ['items', i]));
      } else {
        out.errors.push({ file, line: unit.line, column: unit.column, message: `item ${i} of the list is not a Kubernetes object` });
      }
    });
    return;
  }
  if (typeof data.kind === 'string' && data.kind !== '') {
    out.resources.push(new UnitResource(data, meta, ctx, new UnitFinder(unit, false, found), []));
  } else if (isItem) {
    out.errors.push({ file, line: unit.line, column: unit.column, message: `item ${meta.listIndex} of the list is not a Kubernetes object` });
  } else if (ctx.opts.keepUntyped) {
    out.others.push({ docIndex: meta.docIndex, data, resource: new UnitResource(data, meta, ctx, new UnitFinder(unit), []) });
  } else {
    out.others.push({ docIndex: meta.docIndex, data: deepFreeze(data) });
  }
}

const FAILED = Symbol('failed');

/**
 * Objects that rules are likely to point into: workloads that no other object in the input owns, RBAC objects and
 * namespaces (a guess from the text, before parsing). Their units are read once with positions; a wrong guess
 * only costs time, as any other unit's positions are found by reading it again when asked.
 */
const LOCATED_KIND_RE = /^ {0,2}kind:[ \t]*["']?(Deployment|StatefulSet|DaemonSet|CronJob|ReplicationController|Job|Pod|ReplicaSet|Role|ClusterRole|RoleBinding|ClusterRoleBinding|Namespace)["']?[ \t]*$/m;
const OWNED_KINDS = new Set(['Pod', 'ReplicaSet', 'Job']);

function likelyLocated(text: string): boolean {
  // kind and metadata come first in kubectl output and in most manifests; the guess looks no further.
  const head = text.length > 4096 ? text.slice(0, 4096) : text;
  const m = LOCATED_KIND_RE.exec(head);
  return m !== null && !(OWNED_KINDS.has(m[1]) && head.includes('ownerReferences:'));
}

/** Values of a unit: fast path first; the bounded `yaml` path for anchors and to explain errors. */
function readUnit(unit: Unit, ctx: Ctx): unknown {
  let data: unknown = FAILED;
  if (unit.json) {
    try {
      data = JSON.parse(unit.text);
    } catch {
      data = FAILED;
    }
  } else if (!hasAnchor(unit.text)) {
    try {
      if (ctx.finders && likelyLocated(unit.text)) {
        const read = readWithPositions(unit.text);
        data = read.value;
        if (read.find) ctx.finders.set(unit, read.find);
      } else {
        data = jsyaml.load(unit.text, { schema: SCHEMA });
      }
    } catch (e) {
      if (e instanceof RangeError) return tooDeep(unit, ctx); // reported once; the slow path would overflow too
    }
  }
  if (data === FAILED) data = slowRead(unit, ctx);
  if (data === FAILED) return FAILED;
  const depth = measureAndFreeze(data, ctx.limits.maxDepth);
  if (depth > ctx.limits.maxDepth) {
    ctx.out.errors.push({ file: ctx.file, line: unit.line, column: unit.column, message: `document nested deeper than ${ctx.limits.maxDepth} levels (--max-depth)` });
    return FAILED;
  }
  return data;
}

function tooDeep(unit: Unit, ctx: Ctx): typeof FAILED {
  ctx.out.errors.push({ file: ctx.file, line: unit.line, column: unit.column, message: 'input too deeply nested to read' });
  return FAILED;
}

/** The `yaml` parser, with alias and error handling; errors are reported with the file's line numbers. */
function slowRead(unit: Unit, ctx: Ctx): unknown {
  const { LineCounter, parseDocument } = yamlLib();
  const lineCounter = new LineCounter();
  let doc: Document.Parsed;
  try {
    // resolveKnownTags: false keeps YAML 1.1 tags (!!binary, !!set, !!timestamp…) as plain strings, maps and lists:
    // Kubernetes reads them that way, and Buffers, Sets or Dates would break freezing and the rules' JSON view.
    // uniqueKeys: false, duplicates are found below in linear time (yaml compares each key with every earlier one).
    doc = parseDocument(unit.text, { lineCounter, uniqueKeys: false, prettyErrors: false, merge: true, resolveKnownTags: false }) as Document.Parsed;
  } catch (e) {
    ctx.out.errors.push({ file: ctx.file, line: unit.line, column: unit.column, message: `cannot parse: ${describe(e)}` });
    return FAILED;
  }
  if (doc.errors.length > 0) {
    // One entry per broken document: the first error is the cause, the rest are usually its echoes.
    const err = doc.errors[0];
    const p = shift(unit, lineCounter.linePos(err.pos[0]));
    ctx.out.errors.push({ file: ctx.file, line: p.line, column: p.col, message: sanitizeYamlMessage(err.code) });
    return FAILED;
  }
  if (doc.contents && yamlDepth(doc.contents, ctx.limits.maxDepth) > ctx.limits.maxDepth) {
    ctx.out.errors.push({ file: ctx.file, line: unit.line, column: unit.column, message: `document nested deeper than ${ctx.limits.maxDepth} levels (--max-depth)` });
    return FAILED;
  }
  // yaml resolves each alias by scanning every anchor and alias before it, so their number is capped too: ten
  // thousand of them in a 200 KB file took seconds, and the cost grows with the square of their number.
  const dup = duplicateKeyOffset(doc);
  if (dup !== undefined) {
    const p = shift(unit, lineCounter.linePos(dup));
    ctx.out.errors.push({ file: ctx.file, line: p.line, column: p.col, message: sanitizeYamlMessage('DUPLICATE_KEY') });
    return FAILED;
  }
  if (anchorsAndAliases(doc, ctx.limits.maxAliasCount) > ctx.limits.maxAliasCount) {
    ctx.out.errors.push({ file: ctx.file, line: unit.line, column: unit.column, message: `more than ${ctx.limits.maxAliasCount} anchors and aliases in one document (--max-aliases)` });
    return FAILED;
  }
  try {
    return doc.toJS({ maxAliasCount: ctx.limits.maxAliasCount });
  } catch (e) {
    ctx.out.errors.push({ file: ctx.file, line: unit.line, column: unit.column, message: `cannot read document: ${describe(e)}` });
    return FAILED;
  }
}

/** Offset of the first key repeated in its mapping (scalar keys, compared as yaml does), or undefined. */
export function duplicateKeyOffset(doc: Document.Parsed): number | undefined {
  const { isScalar, visit } = yamlLib();
  let found: number | undefined;
  visit(doc, {
    Map(_key, map) {
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          found = pair.key.range?.[0] ?? 0;
          return visit.BREAK;
        }
        seen.add(pair.key.value);
      }
      return undefined;
    },
  });
  return found;
}

/** Anchors and aliases in a parsed document, counting stops past the limit (depth is already bounded). */
function anchorsAndAliases(doc: Document.Parsed, limit: number): number {
  const { isAlias, visit } = yamlLib();
  let n = 0;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node) || (node as { anchor?: string }).anchor) n++;
      return n > limit ? visit.BREAK : undefined;
    },
  });
  return n;
}

/** Line/column of a position inside a unit, as a position in the file. */
function shift(unit: Unit, p: { line: number; col: number }): { line: number; col: number } {
  return { line: p.line + unit.line - 1, col: p.line === 1 ? p.col + unit.column - 1 : p.col };
}

/**
 * The unit's position finder, built on first use only (most units are never asked where a field is), or given
 * ready-made when the unit was read with positions. Shared by the items of a List read whole.
 */
class UnitFinder {
  #built?: { readonly find: Finder; readonly pos: (offset: number) => { line: number; col: number } };
  #ready?: Finder;

  constructor(
    readonly unit: Unit,
    private readonly shared = false,
    preset?: Finder,
  ) {
    this.#ready = preset;
  }

  get(): { readonly find: Finder; readonly pos: (offset: number) => { line: number; col: number } } {
    if (!this.#built) {
      const { unit } = this;
      let find = this.#ready;
      if (!find) {
        const kind = unit.json ? 'json' : hasAnchor(unit.text) ? 'yaml-with-anchors' : 'yaml';
        try {
          find = makeFinder(unit.text, kind);
        } catch {
          find = () => undefined;
        }
      }
      this.#built = { find, pos: lineIndex(unit.text) };
    }
    return this.#built;
  }

  /** Drop the built finder (it is rebuilt if asked again); a no-op for a finder that several resources share. */
  forget(): void {
    if (this.shared) return;
    this.#built = undefined;
    this.#ready = undefined;
  }
}

/**
 * A resource read from a unit. Its own properties are the model's data; where its fields are comes from the
 * unit's finder (private, so the object stays plain data to anything that copies or prints it).
 */
class UnitResource implements Resource {
  readonly apiVersion: string;
  readonly kind: string;
  readonly name: string;
  readonly namespace: string | undefined;
  readonly obj: Readonly<Record<string, unknown>>;
  readonly loc: Loc;
  readonly file: string;
  readonly docIndex: number;
  declare readonly listIndex?: number;
  declare readonly cluster?: string;
  readonly #finder: UnitFinder;
  readonly #base: FieldPath;
  readonly #helmSource?: string;

  constructor(obj: Record<string, unknown>, meta: UnitMeta, ctx: Ctx, finder: UnitFinder, base: FieldPath) {
    const metadata = isObject(obj.metadata) ? obj.metadata : {};
    const unit = finder.unit;
    this.apiVersion = typeof obj.apiVersion === 'string' ? obj.apiVersion : '';
    this.kind = typeof obj.kind === 'string' ? obj.kind : '';
    this.name = typeof metadata.name === 'string' ? metadata.name : typeof metadata.generateName === 'string' ? `${metadata.generateName}*` : '';
    this.namespace = typeof metadata.namespace === 'string' && metadata.namespace !== '' ? metadata.namespace : undefined;
    this.obj = obj;
    this.#finder = finder;
    this.#base = base;
    this.#helmSource = meta.helmSource;
    this.file = ctx.file;
    const root = base.length === 0 ? firstContent(unit) : undefined;
    let rootLoc: Loc;
    if (root) rootLoc = Object.freeze({ file: this.file, line: root.line, column: root.column, ...(meta.helmSource ? { helmSource: meta.helmSource } : {}) });
    else {
      const found = finder.get().find(base);
      const { exact: _e, ...l } = found ? this.#toLoc(found.start, undefined, true) : { file: this.file, line: unit.line, column: unit.column, exact: false };
      rootLoc = Object.freeze(l);
    }
    this.loc = rootLoc;
    this.docIndex = meta.docIndex;
    if (meta.listIndex !== undefined) (this as { listIndex?: number }).listIndex = meta.listIndex;
    if (ctx.opts.cluster !== undefined) (this as { cluster?: string }).cluster = ctx.opts.cluster;
    Object.freeze(this);
  }

  locate(path: FieldPath): Loc & { readonly exact: boolean } {
    const { find } = this.#finder.get();
    const base = this.#base;
    const full = [...base, ...path];
    for (let n = full.length; n >= base.length; n--) {
      const found = find(full.slice(0, n));
      if (found) return this.#toLoc(found.start, found.end, n === full.length);
    }
    return { ...this.loc, exact: false };
  }

  forgetPositions(): void {
    this.#finder.forget();
  }

  #toLoc(start: number, end: number | undefined, exact: boolean): Loc & { exact: boolean } {
    const { pos } = this.#finder.get();
    const unit = this.#finder.unit;
    const s = shift(unit, pos(start));
    const e = end !== undefined ? shift(unit, pos(end)) : undefined;
    return { file: this.file, line: s.line, column: s.col, ...(e ? { endLine: e.line, endColumn: e.col } : {}), ...(this.#helmSource ? { helmSource: this.#helmSource } : {}), exact };
  }
}

/** Position of the first content character of a unit (after markers, comments and blank lines). */
function firstContent(unit: Unit): { line: number; column: number } {
  const t = unit.text;
  let line = unit.line;
  let i = 0;
  while (i < t.length) {
    const end = t.indexOf('\n', i);
    const stop = end === -1 ? t.length : end;
    const lineText = t.slice(i, stop);
    const m = /^(\s*)(\S)/.exec(lineText);
    if (m && m[2] !== '#' && !/^(---|\.\.\.)(\s|$)/.test(lineText)) {
      const col = m[1].length + 1;
      return { line, column: line === unit.line ? col + unit.column - 1 : col };
    }
    if (m && /^---\s+\S/.test(lineText) && !/^---\s+#/.test(lineText)) {
      const col = (/^---\s+/.exec(lineText)?.[0].length ?? 3) + 1;
      return { line, column: col };
    }
    if (end === -1) break;
    i = end + 1;
    line++;
  }
  return { line: unit.line, column: unit.column };
}

/** Text before the first content line of a document (markers, comments, blank lines). */
function leadingComments(text: string): string {
  let i = 0;
  while (i < text.length) {
    const end = text.indexOf('\n', i);
    const stop = end === -1 ? text.length : end;
    const lineText = text.slice(i, stop).trim();
    if (lineText !== '' && !lineText.startsWith('#') && !/^---\s*(#.*)?$/.test(lineText)) return text.slice(0, i);
    if (end === -1) break;
    i = end + 1;
  }
  return text;
}

/**
 * Cut YAML text into documents at `---` / `...` lines. Marker lines cannot occur inside content (YAML forbids
 * them there), so this agrees with a full parse. An empty leading part before the first marker is dropped.
 */
function splitDocuments(text: string): Unit[] {
  const docs: Unit[] = [];
  let start = 0;
  let startLine = 1;
  let ended = false; // after `...`, text up to the next `---` belongs to no document
  const push = (endOffset: number) => {
    const t = text.slice(start, endOffset);
    if (docs.length > 0 || /^(?![ \t\r]*(#|---[ \t\r]*$|---[ \t]+#|$)).*\S/m.test(t) || /^---/.test(t)) {
      if (docs.length === 0 && !hasContent(t)) return;
      docs.push({ text: t, line: startLine, column: 1, json: false });
    }
  };
  // Only lines that start with `---` or `...` can be markers: a search jumps from one such line to the next, and
  // lines are counted in between.
  const marker = /^(?:---|\.\.\.)/gm;
  let line = 1;
  let counted = 0;
  for (let m = marker.exec(text); m !== null; m = marker.exec(text)) {
    const i = m.index;
    if (i > 0 && text.charCodeAt(i - 1) !== 10) continue; // lines end at \n only (`^` also matches after \r)
    if (i + 3 < text.length && !/\s/.test(text[i + 3])) continue; // `---x` or `...x`: content, not a marker
    for (let nl = text.indexOf('\n', counted); nl !== -1 && nl < i; nl = text.indexOf('\n', nl + 1)) {
      line++;
      counted = nl + 1;
    }
    if (text.charCodeAt(i) === 45 /* - */) {
      if (!ended) push(i);
      ended = false;
      start = i;
      startLine = line;
    } else {
      if (!ended) push(i);
      ended = true;
    }
  }
  if (!ended) push(text.length);
  return docs.filter((d) => hasContent(d.text) || docs.length === 1);
}

function hasContent(t: string): boolean {
  return leadingComments(t).length < t.length;
}

/**
 * Cut a `kind: List` document into its items at the text level. Returns undefined unless the document is a
 * block mapping with an `items:` block sequence at column 0 and a `kind` ending in List; anything unusual is
 * left to the whole-document path.
 */
function splitYamlList(doc: Unit): Unit[] | undefined {
  const t = doc.text;
  const itemsAt = /^items:[ \t]*(#.*)?$/m.exec(t);
  if (!itemsAt || !/^kind:[ \t]*["']?\w*List["']?[ \t]*$/m.test(t) || !/^apiVersion:/m.test(t)) return undefined;
  let i = t.indexOf('\n', itemsAt.index);
  if (i === -1) return [];
  i++;
  const cuts: [start: number, end: number, line: number][] = [];
  let indent = -1;
  let curStart = -1;
  let curLine = 0;
  // Lines are numbered as the cut moves forward: newlines are counted between the lines it stops at.
  let line = doc.line + countNewlines(t, 0, itemsAt.index) + 1;
  let counted = i;
  const lineOf = (at: number) => {
    line += countNewlines(t, counted, at);
    counted = at;
    return line;
  };
  const close = (endOffset: number) => {
    if (curStart < 0) return;
    cuts.push([curStart, endOffset, curLine]);
    curStart = -1;
  };
  // One copy of the document with each item's `- ` turned into two spaces (a `-` alone on its line into one), so
  // that columns stay where they were; the items are slices of it and share its characters rather than each
  // being a copy of its own.
  const items = (): Unit[] => {
    const parts: string[] = [];
    let from = 0;
    for (const [start] of cuts) {
      const dash = start + indent;
      const pair = t[dash + 1] === ' ' || t[dash + 1] === '\t';
      parts.push(t.slice(from, dash), pair ? '  ' : ' ');
      from = dash + (pair ? 2 : 1);
    }
    parts.push(t.slice(from));
    const blanked = parts.join('');
    return cuts.map(([start, end, line]) => ({ text: blanked.slice(start, end), line, column: 1, json: false }));
  };
  // Only lines indented no deeper than the sequence's dashes can start or end an item; deeper lines are the
  // items' content. The first meaningful line fixes that indentation; after it, a search jumps from one such line
  // to the next instead of looking at every line of a large dump.
  let next: RegExp | undefined;
  while (i < t.length) {
    const end = t.indexOf('\n', i);
    const stop = end === -1 ? t.length : end;
    const lineText = t.slice(i, stop);
    const m = /^( *)(\S)/.exec(lineText);
    if (m && m[2] !== '#') {
      const ind = m[1].length;
      if (indent === -1) {
        if (m[2] !== '-' || !/^ *-(\s|$)/.test(lineText)) return undefined; // flow style or not a sequence
        indent = ind;
        next = new RegExp(`\\n {0,${indent}}(?! )`, 'g');
      }
      const isItem = ind === indent && /^ *-(\s|$)/.test(lineText);
      if (isItem) {
        close(i);
        curStart = i;
        curLine = lineOf(i);
      } else if (ind <= indent) {
        close(i);
        return items();
      }
    }
    if (end === -1 || !next) {
      if (end === -1) break;
      i = end + 1;
      continue;
    }
    next.lastIndex = end;
    const found = next.exec(t);
    if (!found) break;
    i = found.index + 1;
  }
  close(t.length);
  return items();
}

function countNewlines(t: string, from: number, to: number): number {
  let n = 0;
  for (let i = t.indexOf('\n', from); i !== -1 && i < to; i = t.indexOf('\n', i + 1)) n++;
  return n;
}

/** JSON files: JSON.parse; Lists are cut into items so positions stay per item. */
function parseJsonFile(text: string, ctx: Ctx): boolean {
  // A List is read item by item: each item is parsed, stripped of managedFields and frozen before the next, so
  // peak memory holds the text and the kept objects, not a second full copy of the dump. Pretty-printed output
  // (kubectl's) is cut at its indentation, which costs one string search per item; anything else, or a cut that
  // does not check out, takes the bracket scanner, which reads every character.
  for (const cutter of [prettyJsonItemRanges, jsonItemRanges]) {
    const cut = cutter(text);
    if (cut && cut.ranges.length > 0 && readJsonListByItem(text, cut, ctx)) return true;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return false; // let the YAML path explain the error with a line number
  }
  void data;
  // A single object, or a List the scanner could not cut: the unit path reads it.
  handleUnit({ text, line: 1, column: 1, json: true }, { docIndex: 0 }, ctx, false);
  return true;
}

/** Stands in for the items array when the rest of the List is parsed, to prove the cut found the array JSON.parse keeps. */
const ITEMS_MARKER = '"\\u0000kubecis:items"';

function readJsonListByItem(text: string, cut: JsonItems, ctx: Ctx): boolean {
  // Everything but the items array, with a marker in its place: the cut is right only if the marker comes back as
  // the List's items (not a nested "items", not an earlier duplicate key that JSON.parse would overwrite).
  let header: unknown;
  try {
    header = JSON.parse(text.slice(0, cut.open) + ITEMS_MARKER + text.slice(cut.close + 1));
  } catch {
    return false;
  }
  if (!isObject(header) || header.items !== '\u0000kubecis:items' || !isListObject({ ...header, items: [] })) return false;
  // Only white space and single commas may stand between items, as JSON requires.
  let prev = cut.open + 1;
  for (let i = 0; i <= cut.ranges.length; i++) {
    const gap = text.slice(prev, i < cut.ranges.length ? cut.ranges[i][0] : cut.close);
    if (!(i === 0 || i === cut.ranges.length ? /^\s*$/ : /^\s*,\s*$/).test(gap)) return false;
    if (i < cut.ranges.length) prev = cut.ranges[i][1];
  }
  const kept = { resources: ctx.out.resources.length, errors: ctx.out.errors.length };
  // Items come in file order: count lines as we go rather than indexing every line of a very large file.
  let line = 1;
  let lineStart = 0;
  const lineAt = (offset: number) => {
    for (let nl = text.indexOf('\n', lineStart); nl !== -1 && nl < offset; nl = text.indexOf('\n', lineStart)) {
      line++;
      lineStart = nl + 1;
    }
    return { line, col: offset - lineStart + 1 };
  };
  for (let i = 0; i < cut.ranges.length; i++) {
    const [s, e] = cut.ranges[i];
    const p = lineAt(s);
    let item: unknown;
    try {
      item = JSON.parse(text.slice(s, e));
    } catch {
      // Not valid JSON after all: undo this file's items and let the whole-file path report it.
      ctx.out.resources.length = kept.resources;
      ctx.out.errors.length = kept.errors;
      return false;
    }
    if (!isObject(item) || typeof item.kind !== 'string') {
      ctx.out.errors.push({ file: ctx.file, line: p.line, column: p.col, message: `item ${i} of the list is not a Kubernetes object` });
      continue;
    }
    if (measureAndFreeze(item, ctx.limits.maxDepth) > ctx.limits.maxDepth) {
      ctx.out.errors.push({ file: ctx.file, line: p.line, column: p.col, message: `document nested deeper than ${ctx.limits.maxDepth} levels (--max-depth)` });
      continue;
    }
    const unit: Unit = { text: text.slice(s, e), line: p.line, column: p.col, json: true };
    ctx.out.resources.push(new UnitResource(item, { docIndex: 0, listIndex: i }, ctx, new UnitFinder(unit), []));
  }
  return true;
}

interface JsonItems {
  readonly ranges: [number, number][];
  /** Offsets of the items array's `[` and `]`. */
  readonly open: number;
  readonly close: number;
}

/**
 * Offsets of the items of a pretty-printed List (kubectl's `-o json`: one key per line, nested lines indented
 * deeper): `"items": [` at the indentation of the first key, each item opening with `{` alone on a line at one
 * indentation and closing at the first line with `}` at that same indentation. JSON strings hold no raw line breaks,
 * so such a line cannot sit inside a string. Only a guess: readJsonListByItem proves it (each item parses on its
 * own, only commas between them, the rest of the text is a List whose items are exactly this array).
 */
function prettyJsonItemRanges(text: string): JsonItems | undefined {
  const head = /^\s*\{\r?\n( +)"/.exec(text.slice(0, 4096));
  if (!head) return undefined;
  const keyIndent = head[1];
  const at = new RegExp(`\\n${keyIndent}"items": ?\\[[ \\t]*\\r?\\n`, 'g').exec(text);
  if (!at) return undefined;
  const open = text.indexOf('[', at.index);
  let pos = at.index + at[0].length;
  const first = /^( +)\{[ \t]*\r?\n/.exec(text.slice(pos, pos + 256));
  if (!first) return undefined;
  const indent = first[1];
  const ranges: [number, number][] = [];
  for (;;) {
    if (!text.startsWith(`${indent}{`, pos)) return undefined;
    const start = pos + indent.length;
    // The item's closing line: a `}` with exactly the item's indentation before it. Searching for the `}` and
    // looking back is many times faster than searching for the line break and spaces that precede it.
    let close = text.indexOf('}', start + 1);
    while (close !== -1 && !(text.charCodeAt(close - indent.length - 1) === 10 && text.startsWith(indent, close - indent.length))) {
      close = text.indexOf('}', close + 1);
    }
    if (close === -1) return undefined;
    const stop = close + 1;
    ranges.push([start, stop]);
    // After an item: `,` and the next item's line, or the end of the array at the keys' indentation.
    const next = /^([ \t]*)(,?)[ \t]*\r?\n/.exec(text.slice(stop, stop + 64));
    if (!next) return undefined;
    pos = stop + next[0].length;
    if (next[2] === ',') continue;
    if (!text.startsWith(`${keyIndent}]`, pos)) return undefined;
    return { ranges, open, close: pos + keyIndent.length };
  }
}

/** Offsets of each element of the top-level "items" array of a JSON object, or undefined. */
function jsonItemRanges(text: string): JsonItems | undefined {
  let depth = 0;
  let i = 0;
  let lastKey: string | undefined;
  let inItems = false;
  let itemStart = -1;
  let open = -1;
  let close = -1;
  const ranges: [number, number][] = [];
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const s = i;
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 92) i += 2;
        else if (d === 34) break;
        else i++;
      }
      if (depth === 1 && !inItems) lastKey = text.slice(s + 1, i);
      if (inItems && depth === 2 && itemStart < 0) itemStart = s;
      i++;
      continue;
    }
    if (c === 123 /* { */ || c === 91 /* [ */) {
      if (inItems && depth === 2 && itemStart < 0) itemStart = i;
      depth++;
      if (c === 91 && depth === 2 && lastKey === 'items' && open < 0) {
        inItems = true;
        open = i;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      depth--;
      if (inItems && depth === 2 && itemStart >= 0) {
        ranges.push([itemStart, i + 1]);
        itemStart = -1;
      }
      if (inItems && depth === 1) {
        if (itemStart >= 0) ranges.push([itemStart, i]); // a scalar last item
        itemStart = -1;
        inItems = false;
        lastKey = undefined;
        close = i;
      }
    } else if (inItems && depth === 2 && c === 44 /* , */) {
      if (itemStart >= 0) ranges.push([itemStart, i]); // end of a scalar item
      itemStart = -1;
    } else if (inItems && depth === 2 && itemStart < 0 && c > 32) {
      itemStart = i; // a scalar item (not an object)
    } else if (depth === 1 && c === 58 /* : */) {
      // value of lastKey follows
    } else if (depth === 1 && c === 44) {
      lastKey = undefined;
    }
    i++;
  }
  return depth === 0 && open >= 0 && close > open ? { ranges, open, close } : undefined;
}

function isListObject(data: Record<string, unknown>): boolean {
  return typeof data.kind === 'string' && /List$/.test(data.kind) && Array.isArray(data.items) && data.apiVersion !== undefined;
}

/** Depth of nested `yaml` collections, stopping early past the limit. Iterative: hostile input can nest deep. */
function yamlDepth(root: unknown, limit: number): number {
  const { isMap, isPair, isSeq } = yamlLib();
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

/** Set by measureAndFreeze when it meets a number that JSON text cannot carry; see readUnitForTransfer. */
let sawNonJsonNumber = false;

/** NaN and the infinities have no JSON form, and -0 comes back as 0. */
function jsonCarries(x: number): boolean {
  return x - x === 0 && (x !== 0 || 1 / x > 0);
}

/**
 * Freeze a parsed value deeply and return its nesting depth (stopping past the limit). Drops
 * metadata.managedFields, which no rule reads and which is most of a dump's size.
 */
function measureAndFreeze(v: unknown, limit: number): number {
  if (isObject(v) && isObject(v.metadata) && 'managedFields' in v.metadata) delete v.metadata.managedFields;
  if (typeof v === 'number' && !jsonCarries(v)) sawNonJsonNumber = true;
  let max = 0;
  // Two stacks side by side (values, depths) rather than a pair per node: a dump has millions of nodes.
  const values: unknown[] = [v];
  const depths: number[] = [1];
  while (values.length) {
    const n = values.pop();
    const d = depths.pop()!;
    if (n === null || typeof n !== 'object' || Object.isFrozen(n)) continue;
    if (d > max) max = d;
    if (max > limit) return max;
    Object.freeze(n);
    if (Array.isArray(n)) {
      for (let i = 0; i < n.length; i++) {
        const x: unknown = n[i];
        if (x !== null && typeof x === 'object') {
          values.push(x);
          depths.push(d + 1);
        } else if (typeof x === 'number' && !jsonCarries(x)) sawNonJsonNumber = true;
      }
    } else {
      for (const k in n) {
        const x = (n as Record<string, unknown>)[k];
        if (x !== null && typeof x === 'object') {
          values.push(x);
          depths.push(d + 1);
        } else if (typeof x === 'number' && !jsonCarries(x)) sawNonJsonNumber = true;
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

/**
 * yaml's messages interpolate source text (tag names, directives, tokens), which may be secret. Only the error
 * code is kept, described in our own words, so no input ever reaches a message.
 */
const YAML_ERRORS: Record<string, string> = {
  ALIAS_PROPS: 'an alias cannot carry a tag or an anchor',
  BAD_ALIAS: 'an alias is malformed or names no anchor',
  BAD_COLLECTION_TYPE: 'a tag does not fit the collection it is on',
  BAD_DIRECTIVE: 'a directive is malformed',
  BAD_DQ_ESCAPE: 'a double-quoted string has an invalid escape',
  BAD_INDENT: 'indentation is inconsistent',
  BAD_PROP_ORDER: 'an anchor or tag is in the wrong place',
  BAD_SCALAR_START: 'a plain value starts with a reserved character',
  BLOCK_AS_IMPLICIT_KEY: 'a block collection is used as an implicit key',
  BLOCK_IN_FLOW: 'a block collection sits inside a flow collection',
  DUPLICATE_KEY: 'a mapping has the same key twice',
  IMPOSSIBLE: 'the parser reached an unexpected state',
  KEY_OVER_1024_CHARS: 'an implicit key is longer than 1024 characters',
  MISSING_CHAR: 'a closing or separating character is missing',
  MULTILINE_IMPLICIT_KEY: 'an implicit key spans more than one line',
  MULTIPLE_ANCHORS: 'a node has more than one anchor',
  MULTIPLE_DOCS: 'more than one document where one was expected',
  MULTIPLE_TAGS: 'a node has more than one tag',
  NON_STRING_KEY: 'a mapping key is not a string',
  RESOURCE_EXHAUSTION: 'nested too deeply or too large to read',
  TAB_AS_INDENT: 'a tab is used for indentation',
  TAG_RESOLVE_FAILED: 'a tagged value cannot be read',
  UNEXPECTED_TOKEN: 'unexpected content',
};

function sanitizeYamlMessage(code: string): string {
  return `invalid YAML (${code.toLowerCase().replace(/_/g, ' ')}): ${YAML_ERRORS[code] ?? 'syntax error'}`;
}

/** Why the slow path could not build a value, without the library's message (it can quote the input). */
function describe(e: unknown): string {
  if (e instanceof RangeError) return 'input too deeply nested or too large';
  const m = e instanceof Error ? e.message : '';
  if (/alias count/i.test(m)) return 'more alias expansions than the limit (--max-aliases)';
  if (/unresolved alias/i.test(m)) return 'an alias names an anchor that is not defined before it';
  return `unexpected ${e instanceof Error ? e.name : 'error'}`;
}
