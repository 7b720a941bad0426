// OpenShift configuration as a cluster dump shows it: the operators' rendered component configs (a YAML or JSON
// document embedded in a ConfigMap data key, e.g. openshift-kube-apiserver/config "config.yaml"), the cluster-wide
// config.openshift.io objects and the operator.openshift.io objects, with positions inside the embedded document.
//
// The embedded document is parsed with yaml's parseDocument (JSON is YAML) so that every field keeps its offset in
// the embedded string. Those offsets become file positions when the string is written on one line and its
// encoding in the file can be verified from the width the loader reports (plain, single-quoted as kubectl writes
// it, or double-quoted/JSON); otherwise, and for block scalars whose indentation the snapshot does not keep,
// positions fall back to the ConfigMap's data key.
import type { Document, Node as YNode } from 'yaml';
import { yamlLib } from '../lazy.js';
import type { FieldPath, Loc, Resource } from '../model/types.js';
import { deepFreeze, isObject } from '../model/parse.js';
import { Field } from './field.js';
import { error, manual } from './define.js';
import type { RuleContext, Verdict } from './types.js';

/** A ConfigMap data key that holds a component configuration. */
export interface EmbeddedRef {
  readonly namespace: string;
  readonly name: string;
  readonly key: string;
  /** What it is, for messages: `the kube-apiserver configuration`. */
  readonly what: string;
}

export const KUBE_APISERVER_CONFIG: EmbeddedRef = { namespace: 'openshift-kube-apiserver', name: 'config', key: 'config.yaml', what: 'the kube-apiserver configuration' };
export const OPENSHIFT_APISERVER_CONFIG: EmbeddedRef = { namespace: 'openshift-apiserver', name: 'config', key: 'config.yaml', what: 'the openshift-apiserver configuration' };
export const KUBE_CONTROLLER_MANAGER_CONFIG: EmbeddedRef = { namespace: 'openshift-kube-controller-manager', name: 'config', key: 'config.yaml', what: 'the kube-controller-manager configuration' };
export const KUBE_CONTROLLER_MANAGER_POD: EmbeddedRef = { namespace: 'openshift-kube-controller-manager', name: 'kube-controller-manager-pod', key: 'pod.yaml', what: 'the kube-controller-manager static pod' };
export const KUBE_SCHEDULER_POD: EmbeddedRef = { namespace: 'openshift-kube-scheduler', name: 'kube-scheduler-pod', key: 'pod.yaml', what: 'the kube-scheduler static pod' };

/** The embedded document of a ConfigMap key. */
export interface Embedded {
  readonly holder: Resource;
  readonly key: string;
  /** The data key's value in the ConfigMap (where positions fall back to). */
  readonly keyField: Field;
  /** The parsed document as a Resource whose positions point into the ConfigMap's file; absent when it does not parse. */
  readonly doc?: Resource;
  /** Why it could not be read, with where. */
  readonly problem?: { readonly message: string; readonly loc: Loc };
}

type Mapper = (offset: number) => Loc | undefined;

function plainLoc(l: Loc & { exact?: boolean }): Loc {
  const { exact: _e, ...loc } = l;
  return loc;
}

/**
 * Positions of offsets inside a one-line scalar, when its encoding can be verified from its width: the loader gives
 * the scalar's start and (exclusive) end column, so the written width must equal the width of the encoding tried.
 */
export function scalarMapper(raw: string, at: Loc): Mapper | undefined {
  if (at.endLine === undefined || at.endColumn === undefined) return undefined;
  if (at.endLine !== at.line) return foldedMapper(raw, at);
  const width = at.endColumn - at.column;
  const col = (c: number): Loc => ({ file: at.file, line: at.line, column: c, ...(at.helmSource ? { helmSource: at.helmSource } : {}) });
  if (!raw.includes('\n') && width === raw.length) return (o) => col(at.column + o);
  const quotes = raw.split("'").length - 1;
  if (!raw.includes('\n') && width === raw.length + quotes + 2) {
    // kubectl's single-quoted style doubles every quote.
    const before = (o: number) => raw.slice(0, o).split("'").length - 1;
    return (o) => col(at.column + 1 + o + before(o));
  }
  if (width === JSON.stringify(raw).length) {
    // Double-quoted (YAML) or a JSON string: escapes as JSON writes them; verified by the total width.
    const widths: number[] = [0];
    for (let i = 0; i < raw.length; i++) widths.push(widths[i] + JSON.stringify(raw[i]).length - 2);
    return (o) => col(at.column + 1 + widths[Math.max(0, Math.min(o, raw.length))]);
  }
  return undefined;
}

/** Column past which kubectl's YAML writer (go-yaml) folds a long quoted scalar at a space. */
const FOLD_WIDTH = 80;

/**
 * Positions inside a single-quoted scalar that kubectl folded over several lines: go-yaml replaces a space with a
 * line break and the indentation once the line is past column 80 (when neither neighbour is a space). The layout is
 * replayed for each possible indentation and used only when exactly one ends where the loader says the scalar ends.
 */
function foldedMapper(raw: string, at: Loc): Mapper | undefined {
  if (raw.includes('\n')) return undefined;
  let found: { lines: Int32Array; cols: Int32Array } | undefined;
  for (let indent = 1; indent < at.column; indent++) {
    const lines = new Int32Array(raw.length + 1);
    const cols = new Int32Array(raw.length + 1);
    let line = at.line;
    let next = at.column + 1; // 1-based column of the next character, after the opening quote
    let spaces = false;
    for (let i = 0; i < raw.length; i++) {
      const ch = raw[i];
      if (ch === ' ' && !spaces && next - 1 > FOLD_WIDTH && i > 0 && i < raw.length - 1 && raw[i + 1] !== ' ') {
        line++;
        next = indent + 1;
        lines[i] = line;
        cols[i] = next; // the folded space becomes the line break: point at the start of the next line
        spaces = true;
        continue;
      }
      lines[i] = line;
      cols[i] = next;
      next += ch === "'" ? 2 : 1;
      spaces = ch === ' ';
    }
    lines[raw.length] = line;
    cols[raw.length] = next;
    if (line === at.endLine && next + 1 === at.endColumn) {
      if (found) return undefined; // two layouts fit: do not guess
      found = { lines, cols };
    }
  }
  if (!found) return undefined;
  const { lines, cols } = found;
  return (o) => {
    const i = Math.max(0, Math.min(o, raw.length));
    return { file: at.file, line: lines[i], column: cols[i], ...(at.helmSource ? { helmSource: at.helmSource } : {}) };
  };
}

/** Offsets of the node at `path` in a parsed document: a collection by its key, a scalar by its value. */
function findOffset(doc: Document, path: FieldPath): { offset: number; exact: boolean } {
  const { isMap, isScalar, isSeq } = yamlLib();
  let node: unknown = doc.contents;
  let key: YNode | undefined;
  let last = (node as YNode | null)?.range?.[0] ?? 0;
  for (const k of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(k));
      if (!pair) return { offset: last, exact: false };
      key = pair.key as YNode;
      node = pair.value;
      last = key.range?.[0] ?? last;
    } else if (isSeq(node) && typeof k === 'number' && node.items[k] !== undefined) {
      key = undefined;
      node = node.items[k];
      last = (node as YNode | null)?.range?.[0] ?? last;
    } else {
      return { offset: last, exact: false };
    }
  }
  if (isScalar(node) && node.range) return { offset: node.range[0], exact: true };
  if (key?.range) return { offset: key.range[0], exact: true };
  return { offset: (node as YNode | null)?.range?.[0] ?? last, exact: true };
}

function firstLine(s: string): string {
  return s.split('\n')[0].replace(/\s+at line \d+, column \d+.*$/, '').trim();
}

const cache = new WeakMap<Resource, Map<string, Embedded>>();

/** The document embedded in `key` of a ConfigMap (parsed once per scan and shared by every rule). */
export function embedded(holder: Resource, key: string): Embedded {
  let perKey = cache.get(holder);
  if (!perKey) cache.set(holder, (perKey = new Map()));
  const hit = perKey.get(key);
  if (hit) return hit;
  const out = readEmbedded(holder, key);
  perKey.set(key, out);
  return out;
}

function readEmbedded(holder: Resource, key: string): Embedded {
  const keyField = Field.of(holder, 'data', key);
  const base = { holder, key, keyField };
  const label = `${holder.kind} "${holder.namespace ? `${holder.namespace}/` : ''}${holder.name}" key "${key}"`;
  const raw = keyField.value;
  if (typeof raw !== 'string') {
    return { ...base, problem: { message: `${label} ${raw === undefined || raw === null ? 'is missing' : 'is not text'}`, loc: plainLoc(keyField.loc) } };
  }
  const keyLoc = plainLoc(keyField.loc);
  const mapper = keyField.loc.exact ? scalarMapper(raw, keyLoc) : undefined;
  const at = (offset: number): Loc => mapper?.(offset) ?? keyLoc;
  let doc: Document;
  try {
    doc = yamlLib().parseDocument(raw, { prettyErrors: false, uniqueKeys: false });
  } catch (e) {
    return { ...base, problem: { message: `${label} could not be parsed: ${firstLine(e instanceof Error ? e.message : String(e))}`, loc: keyLoc } };
  }
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    return { ...base, problem: { message: `${label} is not valid YAML or JSON: ${firstLine(err.message)}`, loc: at(err.pos[0]) } };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    return { ...base, problem: { message: `${label} could not be read: ${firstLine(e instanceof Error ? e.message : String(e))}`, loc: keyLoc } };
  }
  if (!isObject(value)) return { ...base, problem: { message: `${label} does not hold a configuration object`, loc: keyLoc } };
  const obj = deepFreeze(value);
  const locate = (path: FieldPath): Loc & { exact: boolean } => {
    const found = findOffset(doc, path);
    const mapped = mapper?.(found.offset);
    return mapped ? { ...mapped, exact: found.exact } : { ...keyLoc, exact: false };
  };
  const res: Resource = Object.freeze({
    apiVersion: typeof obj.apiVersion === 'string' ? obj.apiVersion : '',
    kind: typeof obj.kind === 'string' ? obj.kind : '',
    name: holder.name,
    ...(holder.namespace !== undefined ? { namespace: holder.namespace } : {}),
    obj,
    loc: plainLoc(locate([])),
    file: holder.file,
    docIndex: holder.docIndex,
    ...(holder.listIndex !== undefined ? { listIndex: holder.listIndex } : {}),
    ...(holder.cluster !== undefined ? { cluster: holder.cluster } : {}),
    locate,
  });
  return { ...base, doc: res };
}

/** `ConfigMap "ns/name"`. */
export function refLabel(ref: EmbeddedRef): string {
  return `ConfigMap "${ref.namespace}/${ref.name}"`;
}

/** The configuration a ConfigMap key holds, or a verdict saying why it cannot be judged (manual when absent, error when unreadable). */
export function operatorConfig(ctx: RuleContext, ref: EmbeddedRef): { doc: Resource; holder: Resource } | { verdict: Verdict } {
  const holder = ctx.index.get('ConfigMap', ref.namespace, ref.name);
  if (!holder) {
    return {
      verdict: manual(
        `${refLabel(ref)} (${ref.what}) is not in the input: collect it with "oc get configmap ${ref.name} -n ${ref.namespace} -o yaml" to decide this`,
      ),
    };
  }
  const e = embedded(holder, ref.key);
  if (!e.doc) return { verdict: error(e.problem!.message, e.problem!.loc) };
  return { doc: e.doc, holder };
}

/** One argument of an OpenShift component config (apiServerArguments, extendedArguments): a list of strings. */
export interface ConfigArg {
  readonly name: string;
  /** The argument's field (a list, or a string in hand-written configs). */
  readonly field: Field;
  /** Every value, each with its field; list-valued flags may also carry comma-separated items in one value. */
  readonly values: readonly { readonly value: string; readonly field: Field }[];
}

export type ArgSection = 'apiServerArguments' | 'extendedArguments';

/** An argument of the config, or undefined when it is not set (absent, null or an empty list). */
export function configArg(doc: Resource, section: ArgSection, name: string): ConfigArg | undefined {
  const field = Field.of(doc, section, name);
  let values: { value: string; field: Field }[];
  if (Array.isArray(field.value)) {
    values = field.items().flatMap((f) =>
      typeof f.value === 'string' || typeof f.value === 'number' || typeof f.value === 'boolean' ? [{ value: String(f.value), field: f }] : []);
  } else if (typeof field.value === 'string' || typeof field.value === 'number' || typeof field.value === 'boolean') {
    values = [{ value: String(field.value), field }];
  } else {
    return undefined;
  }
  if (values.length === 0) return undefined;
  return { name, field, values };
}

/** The items of a list-valued argument (each value split on commas), with the field that holds each. */
export function argItems(arg: ConfigArg): { item: string; field: Field }[] {
  return arg.values.flatMap((v) => v.value.split(',').map((s) => s.trim()).filter(Boolean).map((item) => ({ item, field: v.field })));
}

/** The value that takes effect for a single-valued argument: the last one, as with a repeated flag. */
export function argValue(arg: ConfigArg): { value: string; field: Field } {
  return arg.values[arg.values.length - 1];
}

/** Where a missing argument belongs: the section when the config has one, else the top of the config. */
export function sectionField(doc: Resource, section: ArgSection): Field {
  return Field.of(doc, section);
}

/** `"a", "b"` -> for messages. */
export function quoted(items: readonly string[]): string {
  return items.map((s) => `"${s}"`).join(', ');
}

/**
 * A cluster-wide OpenShift object named "cluster" of `kind` in API group `group` (config.openshift.io for APIServer,
 * Image, Network...; operator.openshift.io for KubeAPIServer, OpenShiftAPIServer...).
 */
export function clusterObject(ctx: RuleContext, group: string, kind: string): Resource | undefined {
  return ctx.index.byKind(kind).find((r) => r.name === 'cluster' && r.apiVersion.split('/')[0] === group);
}

/** A condition of an object's status, by type. */
export function condition(r: Resource, type: string): Field | undefined {
  return Field.of(r, 'status', 'conditions').items().find((c) => c.get('type').value === type);
}

/**
 * Flags named in a static pod's containers, from a pod.yaml embedded in an operator's ConfigMap: every
 * `--name=value` token of the container's command and args, including those inside a shell script argument
 * (OpenShift's control plane pods start their binaries from `bash -c`). The last occurrence wins.
 */
export function podFlags(pod: Resource, container: string): Map<string, { value: string; field: Field }> | undefined {
  const c = Field.of(pod, 'spec', 'containers').items().find((x) => x.get('name').value === container);
  if (!c) return undefined;
  const out = new Map<string, { value: string; field: Field }>();
  for (const list of ['command', 'args']) {
    for (const f of c.get(list).items()) {
      if (typeof f.value !== 'string') continue;
      for (const m of f.value.matchAll(/(?:^|\s)--?([a-z][a-z0-9-]*)(?:=("[^"]*"|'[^']*'|\S*))?/g)) {
        const v = (m[2] ?? 'true').replace(/^["']|["']$/g, '');
        out.set(m[1], { value: v, field: f });
      }
    }
  }
  return out;
}
