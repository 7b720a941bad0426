// Node bundle content and the cluster's view of nodes -> NodeFacts: components with flags and positions, static pod
// manifests, drift between them, config files parsed with positions, file stats, and versions.
import * as path from 'node:path';
import { parseEnvLines, parseFlags, splitCmdline, type ArgToken } from './cmdline.js';
import { deepFreeze, isObject, parseText, type ParseLimits } from './parse.js';
import { runtimeFiles } from './runtime-files.js';
import type {
  Component,
  ComponentName,
  ConfigFile,
  FieldPath,
  FileStat,
  Flag,
  LoadError,
  Loc,
  NodeFacts,
  NodeRole,
  Resource,
} from './types.js';

/** A Map that refuses changes once built, so a frozen snapshot stays frozen all the way down. */
export class FrozenMap<K, V> extends Map<K, V> {
  private sealed = false;
  constructor(entries?: Iterable<readonly [K, V]>) {
    super(entries ?? []);
    this.sealed = true;
    Object.freeze(this);
  }
  override set(key: K, value: V): this {
    if (this.sealed) throw new TypeError('frozen map');
    return super.set(key, value);
  }
  override delete(_key: K): boolean {
    throw new TypeError('frozen map');
  }
  override clear(): void {
    throw new TypeError('frozen map');
  }
}

export const COMPONENT_NAMES: readonly ComponentName[] = ['apiserver', 'controllermanager', 'scheduler', 'etcd', 'kubelet', 'proxy'];

/** Binary names (basename of argv[0] / container command[0]) -> component. */
const BINARIES: Readonly<Record<string, ComponentName>> = {
  'kube-apiserver': 'apiserver',
  'kube-controller-manager': 'controllermanager',
  'kube-scheduler': 'scheduler',
  etcd: 'etcd',
  kubelet: 'kubelet',
  'kube-proxy': 'proxy',
};

/** kubeadm's static pod folder, used when the kubelet config does not name one. */
export const DEFAULT_STATIC_POD_PATH = '/etc/kubernetes/manifests';

/** Files of a node bundle that describe how the kubelet is started, kept as raw text when present. */
const KUBELET_ENV_FILES = ['/var/lib/kubelet/kubeadm-flags.env', '/etc/default/kubelet', '/etc/sysconfig/kubelet'];

/** The kubelet's systemd unit file and drop-ins in the folders systemd reads them from. */
const KUBELET_UNIT = /^\/(etc|run|usr\/lib|lib)\/systemd\/system\/kubelet\.service(\.d\/[^/]+\.conf)?$/;

/** Config files named by a component flag, parsed with positions when the bundle has them. */
const CONFIG_FLAGS: readonly { component: ComponentName; flag: string }[] = [
  { component: 'kubelet', flag: 'config' },
  { component: 'apiserver', flag: 'audit-policy-file' },
  { component: 'apiserver', flag: 'encryption-provider-config' },
  { component: 'apiserver', flag: 'admission-control-config-file' },
  { component: 'apiserver', flag: 'authentication-config' },
  { component: 'apiserver', flag: 'authorization-config' },
  { component: 'apiserver', flag: 'egress-selector-config-file' },
  { component: 'controllermanager', flag: 'config' },
  { component: 'scheduler', flag: 'config' },
  { component: 'proxy', flag: 'config' },
  { component: 'etcd', flag: 'config-file' },
];

/** What lib/load hands over for one node bundle, after bundle.json and every checksum were verified. */
export interface NodeBundleInput {
  /** Display name of the bundle. */
  readonly bundle: string;
  readonly nodeName: string;
  readonly cluster?: string;
  readonly serverVersion?: string;
  /** Roles as the collector detected them (unknown values are ignored). */
  readonly roles: readonly string[];
  readonly collectedFrom?: 'host' | 'pod';
  readonly components: readonly {
    readonly name: ComponentName;
    readonly cmdline?: string;
    readonly env?: string;
    readonly version?: string;
  }[];
  /** Trusted members only (verified size and checksum), by member path. */
  readonly members: ReadonlyMap<string, Buffer>;
  readonly parseLimits: ParseLimits;
}

/** The member path in a bundle of an absolute node path. */
export function memberOfNodePath(nodePath: string): string {
  return `files${nodePath.startsWith('/') ? '' : '/'}${nodePath}`;
}

/**
 * A node path with symbolic links resolved as the collector recorded them (stats realpath of the path or of its
 * nearest folder): the collector stores copies under files/<resolved path>.
 */
export function resolveNodePath(nodePath: string, files: ReadonlyMap<string, FileStat>): string {
  let head = nodePath.replace(/\/+$/, '') || '/';
  let tail = '';
  for (;;) {
    const real = files.get(head)?.realpath;
    if (real) return tail ? `${real.replace(/\/+$/, '')}${tail}` : real;
    if (head === '/' || head === '') return nodePath;
    const i = head.lastIndexOf('/');
    tail = `${head.slice(i)}${tail}`;
    head = head.slice(0, i) || '/';
  }
}

/** Flag values that may carry credentials are never copied into messages. */
export function isSensitiveName(name: string): boolean {
  return /(token|secret|password|passwd|credential|private-key(?!-file))/i.test(name) && !/(-file|-dir|-path|_FILE|_DIR|_PATH)$/i.test(name);
}

function display(bundle: string, member: string): string {
  return `${bundle}!${member}`;
}

function stripExact(l: Loc & { exact?: boolean }): Loc {
  const { exact: _exact, ...loc } = l;
  return Object.freeze(loc);
}

function decode(data: Buffer): string {
  return new TextDecoder('utf-8', { fatal: false }).decode(data).replace(/^\uFEFF/, '');
}

/** Effective value of a flag in a list (last occurrence wins; a bare flag means "true"). */
function lastValue(flags: readonly Flag[], name: string): string | undefined {
  let v: string | undefined;
  for (const f of flags) if (f.name === name) v = f.value ?? 'true';
  return v;
}

/** Disagreements between a running command line and its static pod manifest, one message each, sorted by flag. */
export function flagDrift(process: readonly Flag[], manifest: readonly Flag[], manifestFile: string): string[] {
  const names = [...new Set([...process.map((f) => f.name), ...manifest.map((f) => f.name)])].sort();
  const out: string[] = [];
  const show = (name: string, v: string) => (isSensitiveName(name) ? 'a value' : `"${v}"`);
  for (const name of names) {
    const p = lastValue(process, name);
    const m = lastValue(manifest, name);
    if (p === m) continue;
    if (m === undefined) out.push(`flag "--${name}" is set to ${show(name, p!)} in the running process but not in manifest "${manifestFile}"`);
    else if (p === undefined) out.push(`flag "--${name}" is set to ${show(name, m)} in manifest "${manifestFile}" but not in the running process`);
    else if (isSensitiveName(name)) out.push(`flag "--${name}" differs between the running process and manifest "${manifestFile}"`);
    else out.push(`flag "--${name}" is "${p}" in the running process but "${m}" in manifest "${manifestFile}"`);
  }
  return out;
}

/** A static pod manifest's container that runs a component: its arguments with exact YAML positions. */
export function manifestComponents(pod: Resource): { name: ComponentName; args: ArgToken[]; container: number }[] {
  const out: { name: ComponentName; args: ArgToken[]; container: number }[] = [];
  const spec = isObject(pod.obj.spec) ? pod.obj.spec : undefined;
  const containers = Array.isArray(spec?.containers) ? spec.containers : [];
  containers.forEach((c, ci) => {
    if (!isObject(c)) return;
    const command = Array.isArray(c.command) ? c.command : [];
    const args = Array.isArray(c.args) ? c.args : [];
    const bin = typeof command[0] === 'string' ? path.posix.basename(command[0]) : undefined;
    const name = (bin && BINARIES[bin]) ?? (typeof c.name === 'string' && command.length === 0 ? BINARIES[c.name] : undefined);
    if (!name || name === 'kubelet') return;
    const tokens: ArgToken[] = [];
    const add = (field: 'command' | 'args', list: unknown[], from: number) => {
      for (let j = from; j < list.length; j++) {
        const v = list[j];
        if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') continue;
        tokens.push({ text: String(v), loc: stripExact(pod.locate(['spec', 'containers', ci, field, j])) });
      }
    };
    add('command', command, 1);
    add('args', args, 0);
    out.push({ name, args: tokens, container: ci });
  });
  return out;
}

/** A Resource for the value at `at` inside another one (e.g. the kubelet config inside configz's wrapper). */
export function subResource(outer: Resource, at: FieldPath): Resource | undefined {
  let v: unknown = outer.obj;
  for (const k of at) v = isObject(v) ? v[k as string] : undefined;
  if (!isObject(v)) return undefined;
  const obj = v;
  return Object.freeze({
    apiVersion: typeof obj.apiVersion === 'string' ? obj.apiVersion : '',
    kind: typeof obj.kind === 'string' ? obj.kind : '',
    name: outer.name,
    obj,
    loc: stripExact(outer.locate(at)),
    file: outer.file,
    docIndex: outer.docIndex,
    ...(outer.cluster !== undefined ? { cluster: outer.cluster } : {}),
    locate: (p: FieldPath) => outer.locate([...at, ...p]),
  });
}

/** stats.tsv -> FileStat by absolute path. Columns: path, type, mode (octal), uid, gid, user, group; `#` lines are comments. */
export function parseStats(text: string, file: string): { files: Map<string, FileStat>; errors: LoadError[] } {
  const files = new Map<string, FileStat>();
  const all: LoadError[] = [];
  text.split('\n').forEach((raw, i) => {
    const errors = all;
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const loc: Loc = Object.freeze({ file, line: i + 1, column: 1 });
    const [p, type, mode, uid, gid, user, group, realpath] = cols;
    const real = realpath !== undefined && realpath.startsWith('/') && realpath !== p ? realpath : undefined;
    if (!p || !p.startsWith('/') || !type) {
      errors.push({ file, line: i + 1, column: 1, message: 'stats line needs an absolute path and a type' });
      return;
    }
    if (type === 'missing') {
      files.set(p, Object.freeze({ path: p, exists: false, ...(real ? { realpath: real } : {}), loc }));
      return;
    }
    if (!['file', 'dir', 'link', 'other'].includes(type)) {
      errors.push({ file, line: i + 1, column: 1, message: `unknown file type "${type.slice(0, 20)}" in stats` });
      return;
    }
    const num = (s: string | undefined, re: RegExp, radix: number) => (s !== undefined && re.test(s) ? parseInt(s, radix) : undefined);
    const name = (s: string | undefined) => (s !== undefined && s !== '' && s !== '-' && s !== '?' ? s : undefined);
    const m = num(mode, /^0?[0-7]{1,4}$/, 8);
    if (mode !== undefined && mode !== '' && mode !== '-' && m === undefined) {
      errors.push({ file, line: i + 1, column: 1, message: `mode "${mode.slice(0, 12)}" of "${p}" is not octal` });
    }
    const st: FileStat = {
      path: p,
      exists: true,
      type: type as FileStat['type'],
      ...(m !== undefined ? { mode: m & 0o7777 } : {}),
      ...(num(uid, /^\d+$/, 10) !== undefined ? { uid: num(uid, /^\d+$/, 10) } : {}),
      ...(num(gid, /^\d+$/, 10) !== undefined ? { gid: num(gid, /^\d+$/, 10) } : {}),
      ...(name(user) ? { user: name(user) } : {}),
      ...(name(group) ? { group: name(group) } : {}),
      ...(real ? { realpath: real } : {}),
      loc,
    };
    files.set(p, Object.freeze(st));
  });
  // A garbage stats file should not flood the report: the first few lines say enough.
  const errors = all.length > MAX_STATS_ERRORS
    ? [...all.slice(0, MAX_STATS_ERRORS), { file, message: `${all.length - MAX_STATS_ERRORS} more bad lines in stats.tsv were not reported` }]
    : all;
  return { files, errors };
}

const MAX_STATS_ERRORS = 20;

interface Draft {
  name: string;
  cluster?: string;
  roles: Set<NodeRole>;
  evidence: 'node-bundle' | 'api';
  collectedFrom?: 'host' | 'pod';
  components: Partial<Record<ComponentName, Component>>;
  configFiles: Map<string, ConfigFile>;
  files: Map<string, FileStat>;
  kubeletConfigz?: Resource;
  nodeObject?: Resource;
  kubernetesVersion?: string;
  bundle?: string;
}

/** A node as the loader builds it before merging with the cluster's view; freeze with finishNode. */
export type NodeDraft = Draft;

/** Parse one config member with positions: YAML/JSON documents (typed or not) -> the first one as a Resource. */
function parseConfig(nodePath: string, data: Buffer, file: string, limits: ParseLimits, errors: LoadError[]): ConfigFile {
  const text = decode(data);
  const parsed = parseText(text, file, { limits, keepUntyped: true });
  errors.push(...parsed.errors);
  const doc = parsed.resources[0] ?? parsed.others.find((o) => o.resource)?.resource;
  return Object.freeze({ path: nodePath, ...(doc ? { doc } : {}), loc: Object.freeze({ file, line: 1, column: 1 }) });
}

/** Build a node from a verified node bundle. Never throws for bad content: problems become errors naming the member. */
export function buildNodeDraft(input: NodeBundleInput): { node: NodeDraft; errors: LoadError[] } {
  const errors: LoadError[] = [];
  const { bundle, members } = input;
  const node: Draft = {
    name: input.nodeName,
    ...(input.cluster ? { cluster: input.cluster } : {}),
    roles: new Set(input.roles.filter((r): r is NodeRole => r === 'control-plane' || r === 'worker')),
    evidence: 'node-bundle',
    ...(input.collectedFrom ? { collectedFrom: input.collectedFrom } : {}),
    components: {},
    configFiles: new Map(),
    files: new Map(),
    bundle,
  };

  // 0. File stats first: they say where symbolic links lead, and copies are stored under the resolved path.
  const stats = members.get('stats.tsv');
  if (stats) {
    const parsed = parseStats(decode(stats), display(bundle, 'stats.tsv'));
    node.files = parsed.files;
    errors.push(...parsed.errors);
  }
  const memberFor = (nodePath: string): string | undefined => {
    const resolved = memberOfNodePath(resolveNodePath(nodePath, node.files));
    if (members.has(resolved)) return resolved;
    const literal = memberOfNodePath(nodePath);
    return members.has(literal) ? literal : undefined;
  };

  // 1. Running processes.
  const processFlags = new Map<ComponentName, { flags: Flag[]; env?: Component['env']; version?: string }>();
  for (const c of input.components) {
    if (processFlags.has(c.name)) {
      errors.push({ file: display(bundle, 'bundle.json'), message: `component "${c.name}" is listed twice; the first entry was used` });
      continue;
    }
    const data = c.cmdline ? members.get(c.cmdline) : undefined;
    // A missing or untrusted cmdline member is reported by the loader; the command line is then unknown, not empty.
    if (!c.cmdline || !data) continue;
    const argv = splitCmdline(data, display(bundle, c.cmdline));
    const flags = parseFlags(c.name, argv.slice(1));
    let env: Component['env'];
    const envData = c.env ? members.get(c.env) : undefined;
    if (c.env && envData) {
      const entries = [...parseEnvLines(decode(envData), display(bundle, c.env))].filter(([k]) => !isSensitiveName(k));
      env = Object.freeze(Object.fromEntries(entries.map(([k, v]) => [k, Object.freeze(v)])));
    }
    processFlags.set(c.name, { flags, ...(env ? { env } : {}), ...(c.version ? { version: c.version } : {}) });
  }

  // 2. Kubelet config (it names the static pod folder), then static pod manifests.
  const kubeletFlags = processFlags.get('kubelet')?.flags ?? [];
  const addConfig = (nodePath: string) => {
    if (node.configFiles.has(nodePath)) return node.configFiles.get(nodePath);
    const member = memberFor(nodePath);
    if (!member) return undefined;
    const cf = parseConfig(nodePath, members.get(member)!, display(bundle, member), input.parseLimits, errors);
    node.configFiles.set(nodePath, cf);
    return cf;
  };
  const kubeletConfigPath = lastValue(kubeletFlags, 'config');
  const kubeletConfig = kubeletConfigPath ? addConfig(kubeletConfigPath) : undefined;
  const configStaticPath = kubeletConfig?.doc?.obj.staticPodPath;
  let staticPodPath = lastValue(kubeletFlags, 'pod-manifest-path') ?? (typeof configStaticPath === 'string' && configStaticPath !== '' ? configStaticPath : undefined);
  if (staticPodPath && kubeletConfigPath && !path.posix.isAbsolute(staticPodPath) && lastValue(kubeletFlags, 'pod-manifest-path') === undefined) {
    staticPodPath = path.posix.join(path.posix.dirname(kubeletConfigPath), staticPodPath); // relative to the config file, as the kubelet does
  }
  const manifestDir = `${memberOfNodePath(resolveNodePath(staticPodPath ?? DEFAULT_STATIC_POD_PATH, node.files)).replace(/\/+$/, '')}/`;
  const manifests = new Map<ComponentName, { pod: Resource; flags: Flag[]; member: string }>();
  for (const member of [...members.keys()].sort()) {
    if (!member.startsWith(manifestDir) || member.slice(manifestDir.length).includes('/')) continue;
    if (!/\.(ya?ml|json)$/i.test(member)) continue;
    const parsed = parseText(decode(members.get(member)!), display(bundle, member), { limits: input.parseLimits });
    errors.push(...parsed.errors);
    for (const pod of parsed.resources) {
      if (pod.kind !== 'Pod') continue;
      for (const mc of manifestComponents(pod)) {
        if (manifests.has(mc.name)) {
          errors.push({ file: display(bundle, member), message: `a second static pod manifest runs "${mc.name}"; the first one was used` });
          continue;
        }
        manifests.set(mc.name, { pod, flags: parseFlags(mc.name, mc.args), member });
      }
    }
  }

  // 3. Components: the running process wins over a manifest that may not be applied yet.
  for (const name of COMPONENT_NAMES) {
    const proc = processFlags.get(name);
    const man = manifests.get(name);
    if (!proc && !man) continue;
    const version = proc?.version ?? input.components.find((c) => c.name === name)?.version;
    const drift = proc && man ? flagDrift(proc.flags, man.flags, display(bundle, man.member)) : [];
    node.components[name] = deepFreeze({
      name,
      flags: Object.freeze(proc ? proc.flags : man!.flags),
      source: proc ? 'process' : 'manifest',
      ...(proc?.env ? { env: proc.env } : {}),
      ...(man ? { manifest: man.pod } : {}),
      ...(version ? { version } : {}),
      ...(drift.length ? { drift: Object.freeze(drift) } : {}),
    }) as Component;
  }

  // 4. Config files named by the effective flags, the kubelet's drop-in folder, and kubeadm's kubelet env files.
  for (const { component, flag } of CONFIG_FLAGS) {
    const c = node.components[component];
    const p = c ? lastValue(c.flags, flag) : undefined;
    if (p && p !== 'true' && path.posix.isAbsolute(p)) addConfig(p);
  }
  const dropIn = lastValue(node.components.kubelet?.flags ?? [], 'config-dir');
  if (dropIn && path.posix.isAbsolute(dropIn)) {
    const dir = dropIn.replace(/\/+$/, '');
    const prefix = `${memberOfNodePath(resolveNodePath(dir, node.files))}/`;
    for (const member of [...members.keys()].sort()) {
      const base = member.slice(prefix.length);
      if (member.startsWith(prefix) && !base.includes('/') && base.endsWith('.conf')) addConfig(`${dir}/${base}`);
    }
  }
  // Plugin configs named by the admission configuration (e.g. EventRateLimit, PodSecurity defaults).
  const admissionPath = lastValue(node.components.apiserver?.flags ?? [], 'admission-control-config-file');
  const admission = admissionPath ? node.configFiles.get(admissionPath)?.doc : undefined;
  const plugins = admission && Array.isArray(admission.obj.plugins) ? admission.obj.plugins : [];
  for (const p of plugins) {
    if (isObject(p) && typeof p.path === 'string' && p.path !== '') {
      addConfig(path.posix.isAbsolute(p.path) ? p.path : path.posix.join(path.posix.dirname(admissionPath!), p.path));
    }
  }
  for (const envFile of KUBELET_ENV_FILES) {
    const member = memberFor(envFile);
    if (member) {
      const text = decode(members.get(member)!);
      node.configFiles.set(envFile, Object.freeze({ path: envFile, text, loc: Object.freeze({ file: display(bundle, member), line: 1, column: 1 }) }));
    }
  }
  // The kubelet's systemd unit and drop-ins, as raw text: unit settings such as IPAddressDeny= live only there.
  const unitPaths = new Set([...node.files.keys()].filter((p) => KUBELET_UNIT.test(p)));
  for (const m of members.keys()) if (m.startsWith('files/') && KUBELET_UNIT.test(m.slice(5))) unitPaths.add(m.slice(5));
  const unitMembers = new Set<string>();
  for (const unit of [...unitPaths].sort()) {
    const member = memberFor(unit);
    if (!member || unitMembers.has(member) || node.configFiles.has(unit)) continue;
    unitMembers.add(member);
    node.configFiles.set(unit, Object.freeze({ path: unit, text: decode(members.get(member)!), loc: Object.freeze({ file: display(bundle, member), line: 1, column: 1 }) }));
  }
  // Container runtime configuration and etcd backup timers (lib/model/runtime-files.ts).
  const nodeFiles = node.files;
  const extra = runtimeFiles({ bundle, members, files: nodeFiles, memberFor, resolve: (p) => resolveNodePath(p, nodeFiles) }, errors);
  for (const [p, cf] of extra) if (!node.configFiles.has(p)) node.configFiles.set(p, cf);

  // 5. Roles from what runs here, versions.
  if (node.components.kubelet) node.roles.add('worker');
  if (node.components.apiserver || node.components.controllermanager || node.components.scheduler || node.components.etcd) {
    node.roles.add('control-plane');
  }
  // etcd reports etcd's own version, never a Kubernetes one.
  const version =
    node.components.kubelet?.version ??
    COMPONENT_NAMES.filter((n) => n !== 'etcd').map((n) => node.components[n]?.version).find(Boolean) ??
    input.serverVersion;
  if (version) node.kubernetesVersion = version;
  return { node, errors };
}

/** The cluster bundle's view of one node. */
export interface ApiNodeView {
  readonly name: string;
  readonly cluster?: string;
  readonly nodeObject?: Resource;
  readonly kubeletConfigz?: Resource;
}

/** Roles the Node object's labels declare; every Node runs a kubelet, so every Node is a worker in our sense. */
function rolesFromNode(nodeObject: Resource | undefined): NodeRole[] {
  const roles: NodeRole[] = ['worker'];
  const labels = isObject(nodeObject?.obj.metadata) && isObject(nodeObject.obj.metadata.labels) ? nodeObject.obj.metadata.labels : {};
  if ('node-role.kubernetes.io/control-plane' in labels || 'node-role.kubernetes.io/master' in labels) roles.push('control-plane');
  return roles;
}

function kubeletVersionOf(nodeObject: Resource | undefined): string | undefined {
  const status = isObject(nodeObject?.obj.status) ? nodeObject.obj.status : undefined;
  const info = isObject(status?.nodeInfo) ? status.nodeInfo : undefined;
  return typeof info?.kubeletVersion === 'string' ? info.kubeletVersion : undefined;
}

/**
 * Merge node-bundle drafts with the cluster's views of nodes (same name, same cluster when both say one) and freeze.
 * A node known only through the API gets evidence 'api' and a kubelet component whose settings come from configz.
 */
export function mergeNodes(drafts: readonly NodeDraft[], views: readonly ApiNodeView[], serverVersion?: string): NodeFacts[] {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  const out: Draft[] = [...drafts];
  for (const v of views) {
    const match = (byName.get(v.name) ?? []).find((d) => !d.cluster || !v.cluster || d.cluster === v.cluster);
    const version = kubeletVersionOf(v.nodeObject);
    if (match) {
      if (v.nodeObject && !match.nodeObject) match.nodeObject = v.nodeObject;
      if (v.kubeletConfigz && !match.kubeletConfigz) match.kubeletConfigz = v.kubeletConfigz;
      if (!match.cluster && v.cluster) match.cluster = v.cluster;
      if (!match.kubernetesVersion && version) match.kubernetesVersion = version;
      // A Node object means a kubelet runs there even if the node bundle missed its process: kubelet rules then
      // fall back to configz or report the missing command line instead of skipping the node.
      if (v.nodeObject) for (const r of rolesFromNode(v.nodeObject)) match.roles.add(r);
      continue;
    }
    const d: Draft = {
      name: v.name,
      ...(v.cluster ? { cluster: v.cluster } : {}),
      roles: new Set(rolesFromNode(v.nodeObject)),
      evidence: 'api',
      components: {
        kubelet: deepFreeze({ name: 'kubelet', flags: [], source: 'configz', ...(version ? { version } : {}) }) as Component,
      },
      configFiles: new Map(),
      files: new Map(),
      ...(v.kubeletConfigz ? { kubeletConfigz: v.kubeletConfigz } : {}),
      ...(v.nodeObject ? { nodeObject: v.nodeObject } : {}),
      ...(version ?? serverVersion ? { kubernetesVersion: version ?? serverVersion } : {}),
    };
    byName.set(v.name, [...(byName.get(v.name) ?? []), d]);
    out.push(d);
  }
  return out
    .map(finishNode)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : (a.cluster ?? '') < (b.cluster ?? '') ? -1 : 1));
}

/** Freeze a draft into NodeFacts. */
export function finishNode(d: NodeDraft): NodeFacts {
  const roles = (['control-plane', 'worker'] as const).filter((r) => d.roles.has(r));
  return Object.freeze({
    name: d.name,
    ...(d.cluster ? { cluster: d.cluster } : {}),
    roles: Object.freeze(roles),
    evidence: d.evidence,
    ...(d.collectedFrom ? { collectedFrom: d.collectedFrom } : {}),
    components: Object.freeze({ ...d.components }),
    configFiles: new FrozenMap([...d.configFiles].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    files: new FrozenMap([...d.files].sort((a, b) => (a[0] < b[0] ? -1 : 1))),
    ...(d.kubeletConfigz ? { kubeletConfigz: d.kubeletConfigz } : {}),
    ...(d.nodeObject ? { nodeObject: d.nodeObject } : {}),
    ...(d.kubernetesVersion ? { kubernetesVersion: d.kubernetesVersion } : {}),
    ...(d.bundle ? { bundle: d.bundle } : {}),
  });
}

/** configz JSON ({"kubeletconfig": {...}}) -> the kubelet configuration as a Resource with positions. */
export function parseConfigz(data: Buffer, file: string, limits: ParseLimits, cluster?: string): { doc?: Resource; errors: LoadError[] } {
  const parsed = parseText(decode(data), file, { limits, keepUntyped: true, ...(cluster ? { cluster } : {}) });
  const outer = parsed.resources[0] ?? parsed.others.find((o) => o.resource)?.resource;
  if (!outer) return { errors: parsed.errors.length ? parsed.errors : [{ file, message: 'configz output is empty' }] };
  const doc = subResource(outer, ['kubeletconfig']);
  if (!doc) return { errors: [...parsed.errors, { file, message: 'configz output has no "kubeletconfig" object' }] };
  return { doc, errors: parsed.errors };
}
