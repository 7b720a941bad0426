// Bundles (bundle.json + members) -> NodeFacts and cluster resources. See docs/bundle-format.md.
//
// Trust: bundle.json must parse and match lib/data/schemas/bundle.schema.json, or the whole bundle is refused.
// Every member must be listed in bundle.json with its size and SHA-256; a member that is unlisted, differs, or is
// listed but absent is reported (naming the member) and left out, so nothing tampered with reaches a rule.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { ajvLib } from '../lazy.js';
import type { BundleInfo, ComponentName, LoadError, NodeFacts, Resource } from '../model/types.js';
import { isObject, parseText, type ParseLimits } from '../model/parse.js';
import { buildNodeDraft, mergeNodes, parseConfigz, type ApiNodeView, type NodeDraft } from '../model/node.js';
import { dataPath } from '../paths.js';
import type { RawBundle } from './sources.js';

export interface BundleOutput {
  readonly resources: Resource[];
  readonly nodes: NodeFacts[];
  readonly bundles: BundleInfo[];
  readonly errors: LoadError[];
  readonly serverVersion?: string;
  readonly clusterName?: string;
}

/** bundle.json as the schema guarantees it (only the fields the analyzer reads). */
export interface BundleJson {
  readonly formatVersion: number;
  readonly collector: { readonly name: string; readonly version: string };
  readonly mode: 'node' | 'cluster';
  readonly collectedFrom?: 'host' | 'pod';
  readonly cluster?: { readonly name?: string; readonly serverVersion?: string };
  readonly node?: { readonly name: string; readonly roles: readonly string[] };
  readonly startedAt?: string;
  readonly finishedAt?: string;
  readonly components?: readonly { readonly name: ComponentName; readonly cmdline?: string; readonly env?: string; readonly version?: string }[];
  readonly files: readonly { readonly path: string; readonly size: number; readonly sha256: string }[];
  readonly warnings?: readonly string[];
}

let validator: ValidateFunction | undefined;

/** The compiled bundle schema. It ships with the package; a missing schema is a broken installation and throws. */
function bundleValidator(): ValidateFunction {
  if (!validator) {
    const schema = JSON.parse(readFileSync(dataPath('schemas', 'bundle.schema.json'), 'utf8')) as Record<string, unknown>;
    const ajv = new (ajvLib().default)({ allErrors: true, strict: false, validateFormats: false });
    validator = ajv.compile(schema);
  }
  return validator;
}

function member(bundle: string, name: string): string {
  return `${bundle}!${name}`;
}

/** Line and column of a character offset. */
function lineCol(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** JSON.parse, with a position but without quoting the text (V8 quotes the input in its messages). */
function parseJson(text: string): { value?: unknown; offset?: number; line?: number; column?: number } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : '';
    const lc = /line (\d+) column (\d+)/.exec(msg);
    if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
    const pos = /position (\d+)/.exec(msg);
    if (pos) return lineCol(text, Number(pos[1]));
    return { ...lineCol(text, text.length) };
  }
}

/** "/node/name" -> ["node", "name"]; array indexes as numbers. */
function pointerPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function fieldName(p: (string | number)[]): string {
  return p.length === 0 ? '(top level)' : p.map((k) => (typeof k === 'number' ? `[${k}]` : k)).join('.').replace(/\.\[/g, '[');
}

/** ajv errors -> one LoadError each, naming the field and pointing at it in bundle.json. */
function schemaErrors(errors: readonly ErrorObject[], file: string, text: string): LoadError[] {
  const doc = parseText(text, file, { keepUntyped: true });
  const res = doc.resources[0] ?? doc.others[0]?.resource;
  const out: LoadError[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    if (e.keyword === 'if') continue; // "must match then/else": the errors of that branch say what is wrong
    const at = pointerPath(e.instancePath);
    let field = at;
    let what = e.message ?? 'is invalid';
    if (e.keyword === 'required') {
      field = [...at, String((e.params as { missingProperty: string }).missingProperty)];
      what = 'is required';
    } else if (e.keyword === 'additionalProperties') {
      field = [...at, String((e.params as { additionalProperty: string }).additionalProperty)];
      what = 'is not allowed';
    } else if (e.keyword === 'enum') {
      what = `must be one of ${((e.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    } else if (e.keyword === 'false schema') {
      what = `is not allowed in a ${isObject(doc.others[0]?.data) && doc.others[0].data.mode === 'node' ? 'node' : 'cluster'} bundle`;
    } else if (e.keyword === 'const') {
      what = `must be ${JSON.stringify((e.params as { allowedValue: unknown }).allowedValue)}`;
    }
    const message = `bundle.json field "${fieldName(field)}" ${what}`;
    if (seen.has(message)) continue;
    seen.add(message);
    const loc = res?.locate(e.keyword === 'required' ? at : field);
    out.push({ file, message, ...(loc ? { line: loc.line, column: loc.column } : {}) });
  }
  return out;
}

interface VerifiedBundle {
  readonly raw: RawBundle;
  readonly json: BundleJson;
  /** Members whose size and checksum match bundle.json (bundle.json itself excluded). */
  readonly members: Map<string, Buffer>;
}

/** Parse and validate bundle.json, then verify every member. Returns undefined (with errors) for a refused bundle. */
export function verifyBundle(raw: RawBundle, errors: LoadError[]): VerifiedBundle | undefined {
  const jsonFile = member(raw.file, 'bundle.json');
  const data = raw.members.get('bundle.json');
  if (!data) {
    errors.push({ file: raw.file, message: 'bundle has no bundle.json; the bundle was not read' });
    return undefined;
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    errors.push({ file: jsonFile, message: 'bundle.json is not valid UTF-8; the bundle was not read' });
    return undefined;
  }
  const parsed = parseJson(text);
  if (parsed.value === undefined) {
    errors.push({ file: jsonFile, line: parsed.line, column: parsed.column, message: 'bundle.json is not valid JSON; the bundle was not read' });
    return undefined;
  }
  const validate = bundleValidator();
  if (!validate(parsed.value)) {
    const found = schemaErrors(validate.errors ?? [], jsonFile, text);
    errors.push(...found.map((e) => ({ ...e, message: `${e.message}; the bundle was not read` })));
    return undefined;
  }
  const json = parsed.value as BundleJson;
  if (json.formatVersion !== 1) {
    errors.push({ file: jsonFile, message: `bundle format version ${json.formatVersion} is not supported (this analyzer reads version 1); the bundle was not read` });
    return undefined;
  }
  const members = new Map<string, Buffer>();
  const listed = new Map<string, { size: number; sha256: string }>();
  for (const f of json.files) {
    if (listed.has(f.path)) errors.push({ file: member(raw.file, f.path), message: 'member is listed twice in bundle.json; the first entry was used' });
    else listed.set(f.path, f);
  }
  for (const [name, f] of [...listed].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const content = raw.members.get(name);
    if (content === undefined) {
      errors.push({ file: member(raw.file, name), message: 'member listed in bundle.json is missing from the bundle' });
      continue;
    }
    if (content.length !== f.size) {
      errors.push({ file: member(raw.file, name), message: `member size is ${content.length} bytes but bundle.json says ${f.size}; the member is not trusted and was left out` });
      continue;
    }
    const sum = createHash('sha256').update(content).digest('hex');
    if (sum !== f.sha256.toLowerCase()) {
      errors.push({ file: member(raw.file, name), message: 'member checksum does not match bundle.json (modified or corrupted); the member is not trusted and was left out' });
      continue;
    }
    members.set(name, content);
  }
  for (const name of [...raw.members.keys()].sort()) {
    if (name !== 'bundle.json' && !listed.has(name)) {
      errors.push({ file: member(raw.file, name), message: 'member is not listed in bundle.json; it is not trusted and was left out' });
    }
  }
  return { raw, json, members };
}

function info(b: VerifiedBundle): BundleInfo {
  const j = b.json;
  return Object.freeze({
    file: b.raw.file,
    mode: j.mode,
    formatVersion: j.formatVersion,
    collectorVersion: j.collector.version,
    ...(j.cluster?.name ? { cluster: j.cluster.name } : {}),
    ...(j.cluster?.serverVersion ? { serverVersion: j.cluster.serverVersion } : {}),
    ...(j.node?.name ? { node: j.node.name } : {}),
    ...(j.collectedFrom ? { collectedFrom: j.collectedFrom } : {}),
    ...(j.startedAt ? { startedAt: j.startedAt } : {}),
    ...(j.finishedAt ? { finishedAt: j.finishedAt } : {}),
    warnings: Object.freeze([...(j.warnings ?? [])]),
  });
}

function decode(data: Buffer): string | undefined {
  if (data.includes(0)) return undefined;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

/** `kubectl get --raw /version` (or `kubectl version -o json`) -> gitVersion. */
function versionFromJson(data: Buffer): string | undefined {
  const text = decode(data);
  if (text === undefined) return undefined;
  const v = parseJson(text).value;
  if (!isObject(v)) return undefined;
  if (typeof v.gitVersion === 'string') return v.gitVersion;
  if (isObject(v.serverVersion) && typeof v.serverVersion.gitVersion === 'string') return v.serverVersion.gitVersion;
  return undefined;
}

/** Read every bundle: verify, build node facts, parse cluster dumps, and merge the views of each node. */
export function readBundles(raw: readonly RawBundle[], opts: { parseLimits: ParseLimits }): BundleOutput {
  const resources: Resource[] = [];
  const bundles: BundleInfo[] = [];
  const errors: LoadError[] = [];
  const drafts: NodeDraft[] = [];
  const views: ApiNodeView[] = [];
  let serverVersion: string | undefined;
  let clusterName: string | undefined;
  let nodeServerVersion: string | undefined;
  let nodeClusterName: string | undefined;

  for (const r of raw) {
    const v = verifyBundle(r, errors);
    if (!v) continue;
    bundles.push(info(v));
    const j = v.json;
    const cluster = j.cluster?.name || undefined;
    if (j.mode === 'node') {
      if (!j.node) {
        errors.push({ file: member(r.file, 'bundle.json'), message: 'node bundle has no "node" entry; the bundle was not read' });
        continue;
      }
      const existing = drafts.find((d) => d.name === j.node!.name && (d.cluster ?? '') === (cluster ?? ''));
      if (existing) {
        errors.push({ file: r.file, message: `a second node bundle for node "${j.node.name}" was ignored (the first is ${existing.bundle})` });
        continue;
      }
      const built = buildNodeDraft({
        bundle: r.file,
        nodeName: j.node.name,
        ...(cluster ? { cluster } : {}),
        ...(j.cluster?.serverVersion ? { serverVersion: j.cluster.serverVersion } : {}),
        roles: j.node.roles,
        ...(j.collectedFrom ? { collectedFrom: j.collectedFrom } : {}),
        components: j.components ?? [],
        members: v.members,
        parseLimits: opts.parseLimits,
      });
      drafts.push(built.node);
      errors.push(...built.errors);
      nodeServerVersion ??= j.cluster?.serverVersion;
      nodeClusterName ??= cluster;
      continue;
    }

    // Cluster bundle.
    const versionMember = v.members.get('cluster/version.json');
    const version = (versionMember ? versionFromJson(versionMember) : undefined) ?? j.cluster?.serverVersion;
    serverVersion ??= version;
    clusterName ??= cluster;
    const names = [...v.members.keys()].sort();
    const nodeObjects = new Map<string, Resource>();
    for (const name of names) {
      if (!/^cluster\/resources\/[^/]+\.(ya?ml|json)$/.test(name)) continue;
      const text = decode(v.members.get(name)!);
      if (text === undefined) {
        errors.push({ file: member(r.file, name), message: 'not valid UTF-8 text' });
        continue;
      }
      const parsed = parseText(text, member(r.file, name), { limits: opts.parseLimits, ...(cluster ? { cluster } : {}) });
      resources.push(...parsed.resources);
      errors.push(...parsed.errors);
      for (const res of parsed.resources) if (res.kind === 'Node' && res.name && !nodeObjects.has(res.name)) nodeObjects.set(res.name, res);
    }
    const configz = new Map<string, Resource>();
    for (const name of names) {
      const m = /^cluster\/nodes\/([^/]+)\/configz\.json$/.exec(name);
      if (!m) continue;
      const parsed = parseConfigz(v.members.get(name)!, member(r.file, name), opts.parseLimits, cluster);
      errors.push(...parsed.errors);
      if (parsed.doc) configz.set(m[1], parsed.doc);
    }
    for (const n of [...new Set([...nodeObjects.keys(), ...configz.keys()])].sort()) {
      views.push({
        name: n,
        ...(cluster ? { cluster } : {}),
        ...(nodeObjects.has(n) ? { nodeObject: nodeObjects.get(n) } : {}),
        ...(configz.has(n) ? { kubeletConfigz: configz.get(n) } : {}),
      });
    }
  }

  // Without a cluster bundle, the API server's version comes from a node bundle: what it says, else a control plane
  // node's API server (never a kubelet's version, which may lag behind).
  serverVersion ??= nodeServerVersion ?? drafts.map((d) => d.components.apiserver?.version).find(Boolean);
  clusterName ??= nodeClusterName;
  const nodes = mergeNodes(drafts, views, serverVersion);
  return {
    resources,
    nodes,
    bundles,
    errors,
    ...(serverVersion ? { serverVersion } : {}),
    ...(clusterName ? { clusterName } : {}),
  };
}
