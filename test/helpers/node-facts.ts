// Build NodeFacts in code for node-rule unit tests: component command lines become a static pod manifest (parsed
// with positions, so flags carry real line/column), config file texts are parsed as the loader would, and rules
// run through the engine with the same invariants checkRule asserts.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateRule, makeContext } from '../../lib/engine/run.js';
import { parseFlags, type ArgToken } from '../../lib/model/cmdline.js';
import { deepFreeze, parseText } from '../../lib/model/parse.js';
import type { Component, ComponentName, ConfigFile, Flag, NodeFacts, NodeRole, Resource, Snapshot } from '../../lib/model/types.js';
import type { Rule } from '../../lib/rule/types.js';
import { readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { assertDeepFrozen, fixturesDir } from './check-rule.js';
import { runNodeFixture, type NodeCase } from './node-rule.js';

export interface ComponentSpec {
  /** Command-line arguments after the binary: `--name=value` or `--name`. */
  readonly args?: readonly string[];
  /** Where the effective command line came from (default: the static pod manifest). */
  readonly source?: 'manifest' | 'process';
  /** Environment (etcd's ETCD_* variables): of the process when source is `process`, else in the manifest's container. */
  readonly env?: Readonly<Record<string, string>>;
  /** hostPath volumes mounted into the container. */
  readonly mounts?: readonly { readonly hostPath: string; readonly mountPath: string }[];
  readonly version?: string;
  readonly drift?: readonly string[];
  /** Leave the static pod manifest out (a component seen only as a process). */
  readonly noManifest?: boolean;
}

export interface NodeSpec {
  readonly name?: string;
  readonly roles?: readonly NodeRole[];
  readonly evidence?: 'node-bundle' | 'api';
  readonly kubernetesVersion?: string;
  readonly components?: Partial<Record<ComponentName, ComponentSpec>>;
  /** Config files by absolute node path: text (parsed like the loader does; kept as raw text when it is not a YAML mapping, e.g. PEM) or null for "collected but unparseable". */
  readonly files?: Readonly<Record<string, string | null>>;
}

const BINARY: Record<ComponentName, string> = {
  apiserver: 'kube-apiserver',
  controllermanager: 'kube-controller-manager',
  scheduler: 'kube-scheduler',
  etcd: 'etcd',
  kubelet: 'kubelet',
  proxy: 'kube-proxy',
};

/** Line of the first argument after the binary in generated manifests (the binary sits on the line before). */
export const FIRST_ARG_LINE = 11;
/** Column of every argument value in generated manifests (`    - --flag`). */
export const ARG_COLUMN = 7;
/** Line and column of the `command` key in generated manifests, where a missing flag is reported. */
export const COMMAND_LOC = { line: 9, column: 5 } as const;

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** The static pod manifest text for a component; arguments start at FIRST_ARG_LINE. */
export function manifestText(name: ComponentName, spec: ComponentSpec): string {
  const bin = BINARY[name];
  const lines = [
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    `  name: ${bin}`,
    '  namespace: kube-system',
    'spec:',
    '  containers:',
    `  - name: ${bin}`,
    '    command:',
    `    - ${bin}`,
    ...(spec.args ?? []).map((a) => `    - ${yamlString(a)}`),
    `    image: registry.k8s.io/${bin}:${spec.version ?? 'v1.31.0'}`,
  ];
  const env = Object.entries(spec.env ?? {});
  if (env.length) {
    lines.push('    env:');
    for (const [k, v] of env) lines.push(`    - name: ${k}`, `      value: ${yamlString(v)}`);
  }
  const mounts = spec.mounts ?? [];
  if (mounts.length) {
    lines.push('    volumeMounts:');
    mounts.forEach((m, i) => lines.push(`    - mountPath: ${m.mountPath}`, `      name: vol-${i}`));
    lines.push('  volumes:');
    mounts.forEach((m, i) => lines.push('  - hostPath:', `      path: ${m.hostPath}`, `    name: vol-${i}`));
  }
  return lines.join('\n') + '\n';
}

function component(node: string, name: ComponentName, spec: ComponentSpec): Component {
  const file = `${node}.tar.gz!files/etc/kubernetes/manifests/${BINARY[name]}.yaml`;
  const parsed = parseText(manifestText(name, spec), file);
  assert.equal(parsed.errors, [], 'generated manifest must parse');
  const manifest = parsed.resources[0];
  const args = spec.args ?? [];
  let tokens: ArgToken[];
  if (spec.source === 'process') {
    // A /proc cmdline member: one line, arguments NUL-separated; column = byte offset + 1 (the binary comes first).
    const cmdFile = `${node}.tar.gz!processes/${name}.cmdline`;
    let col = BINARY[name].length + 2;
    tokens = args.map((text) => {
      const t = { text, loc: Object.freeze({ file: cmdFile, line: 1, column: col, endLine: 1, endColumn: col + Buffer.byteLength(text) }) };
      col += Buffer.byteLength(text) + 1;
      return t;
    });
  } else {
    tokens = args.map((text, i) => {
      const { exact: _e, ...loc } = manifest.locate(['spec', 'containers', 0, 'command', i + 1]);
      return { text, loc: Object.freeze(loc) };
    });
  }
  const flags: Flag[] = parseFlags(name, tokens);
  // The loader reads a component's environment from the process (processes/<name>.environ); a manifest-only
  // component keeps its variables in the manifest, where rules read them.
  const envEntries = spec.source === 'process' ? Object.keys(spec.env ?? {}) : [];
  const envFile = `${node}.tar.gz!processes/${name}.environ`;
  const env = Object.fromEntries(envEntries.map((k, i) => [k, Object.freeze({ value: spec.env![k], loc: Object.freeze({ file: envFile, line: i + 1, column: 1 }) })]));
  return {
    name,
    flags,
    source: spec.source ?? 'manifest',
    ...(envEntries.length ? { env } : {}),
    ...(spec.noManifest ? {} : { manifest }),
    ...(spec.version ? { version: spec.version } : {}),
    ...(spec.drift ? { drift: [...spec.drift] } : {}),
  };
}

/** Display path of a config file in a generated node. */
export function configDisplayPath(node: string, path: string): string {
  return `${node}.tar.gz!files${path}`;
}

export function nodeFacts(spec: NodeSpec = {}): NodeFacts {
  const name = spec.name ?? 'cp-1';
  const components: Partial<Record<ComponentName, Component>> = {};
  for (const [cname, cspec] of Object.entries(spec.components ?? {}) as [ComponentName, ComponentSpec][]) {
    components[cname] = component(name, cname, cspec);
  }
  const configFiles = new Map<string, ConfigFile>();
  for (const [path, text] of Object.entries(spec.files ?? {})) {
    const file = configDisplayPath(name, path);
    const loc = { file, line: 1, column: 1 };
    if (text === null) {
      configFiles.set(path, deepFreeze({ path, loc }));
      continue;
    }
    const parsed = parseText(text, file, { keepUntyped: true });
    const doc: Resource | undefined = parsed.resources[0] ?? parsed.others[0]?.resource;
    configFiles.set(path, deepFreeze({ path, loc, ...(doc && parsed.errors.length === 0 ? { doc } : { text }) }));
  }
  return {
    name,
    roles: [...(spec.roles ?? ['control-plane'])],
    evidence: spec.evidence ?? 'node-bundle',
    collectedFrom: 'host',
    components,
    configFiles,
    files: new Map(),
    ...(spec.kubernetesVersion ? { kubernetesVersion: spec.kubernetesVersion } : {}),
    bundle: `${name}.tar.gz`,
  };
}

export interface SnapshotSpec {
  readonly nodes?: readonly NodeSpec[];
  /** Cluster objects as YAML text (a `kubectl get -o yaml` dump). */
  readonly resources?: string;
  readonly serverVersion?: string;
}

export function snapshotOfFacts(spec: SnapshotSpec): Snapshot {
  const parsed = spec.resources ? parseText(spec.resources, 'cluster.tar.gz!resources.yaml') : { resources: [], errors: [] };
  assert.equal(parsed.errors, [], 'resources must parse');
  const snapshot: Snapshot = {
    resources: parsed.resources,
    nodes: (spec.nodes ?? []).map(nodeFacts),
    bundles: [],
    errors: [],
    ...(spec.serverVersion ? { serverVersion: spec.serverVersion } : {}),
  };
  return deepFreeze(snapshot);
}

export interface Outcome {
  name: string;
  status: string;
  line?: number;
  column?: number;
  message: string;
}

/** Evaluate a rule through the engine over built facts; asserts the checkRule invariants. */
export function runOnFacts(rule: Rule, spec: SnapshotSpec, o: { kubernetesMinor?: number; benchmarkId?: string } = {}): Outcome[] {
  const snapshot = snapshotOfFacts(spec);
  assertDeepFrozen(snapshot);
  const ctx = makeContext(snapshot, o.benchmarkId ?? 'cis-1.12', o.kubernetesMinor);
  const first = evaluateRule(rule, ctx);
  const second = evaluateRule(rule, ctx);
  assert.equal(JSON.stringify(first.map((e) => e.verdict)), JSON.stringify(second.map((e) => e.verdict)), 'two runs must give identical verdicts');
  return first.map((e) => {
    const v = e.verdict;
    assert.not.ok(/^rule ".*" (failed|returned no verdict)/.test(v.message), `rule threw: ${v.message}`);
    assert.ok(v.message.length > 0 && !v.message.endsWith('.'), `message must be one sentence without a trailing period: "${v.message}"`);
    if (v.status === 'fail') assert.ok(v.loc && v.loc.file && v.loc.line > 0 && v.loc.column > 0, `fail verdict must carry a location: "${v.message}"`);
    const out: Outcome = { name: e.resultTarget.name, status: v.status, message: v.message };
    if (v.status !== 'pass' && v.loc) {
      out.line = v.loc.line;
      out.column = v.loc.column;
    }
    return out;
  });
}

/** The single outcome for a one-node snapshot (most unit tests). */
export function runOne(rule: Rule, node: NodeSpec, o: { kubernetesMinor?: number; benchmarkId?: string; resources?: string } = {}): Outcome {
  const out = runOnFacts(rule, { nodes: [node], ...(o.resources ? { resources: o.resources } : {}) }, o);
  assert.is(out.length, 1, 'one verdict per node');
  return out[0];
}

/** Line of the i-th argument (0-based) in a generated manifest. */
export function argLine(i: number): number {
  return FIRST_ARG_LINE + i;
}

export interface Want {
  status: string;
  line?: number;
  column?: number;
  /** Exact message, or a pattern it must match. */
  message?: string | RegExp;
}

export interface Case {
  name: string;
  /** One node (the usual case), or a whole snapshot. */
  node?: NodeSpec;
  snapshot?: SnapshotSpec;
  want: Want | Want[];
  kubernetesMinor?: number;
  benchmarkId?: string;
}

/** An API server (or other component) node with these arguments. */
export function api(args: readonly string[], extra: Omit<NodeSpec, 'components'> & { component?: Partial<ComponentSpec> } = {}): NodeSpec {
  const { component: c, ...rest } = extra;
  return { ...rest, components: { apiserver: { ...c, args } } };
}

export function withArgs(name: ComponentName, args: readonly string[], extra: Omit<NodeSpec, 'components'> & { component?: Partial<ComponentSpec> } = {}): NodeSpec {
  const { component: c, ...rest } = extra;
  return { ...rest, components: { [name]: { ...c, args } } };
}

/** A table-driven suite: one test per case, comparing status, location (when given) and message (when given). */
export function runCases(rule: Rule, cases: readonly Case[]): void {
  const s = suite(rule.id);
  for (const c of cases) {
    s(c.name, () => {
      const got = runOnFacts(rule, c.snapshot ?? { nodes: [c.node ?? {}] }, { kubernetesMinor: c.kubernetesMinor, benchmarkId: c.benchmarkId });
      const wants = Array.isArray(c.want) ? c.want : [c.want];
      assert.is(got.length, wants.length, `${c.name}: number of verdicts`);
      wants.forEach((w, i) => {
        const g = got[i];
        const ctx = `${c.name}: ${JSON.stringify(g)}`;
        assert.is(g.status, w.status, ctx);
        if (w.line !== undefined) assert.is(g.line, w.line, `${ctx} (line)`);
        if (w.column !== undefined) assert.is(g.column, w.column, `${ctx} (column)`);
        if (typeof w.message === 'string') assert.is(g.message, w.message, ctx);
        else if (w.message) assert.match(g.message, w.message, ctx);
      });
    });
  }
  s.run();
}

/**
 * Fixture-bundle suite for rules that never pass (always-manual guidance, or manual unless a value is absurd), where
 * nodeRuleSuite's pass-/fail- requirement cannot hold: same comparison, every fixture folder must be listed.
 */
export function fixtureSuite(rule: Rule, family: string, cases: readonly NodeCase[]): void {
  const dir = fixturesDir(rule, family);
  const s = suite(`${rule.id} fixtures`);
  for (const c of cases) {
    s(c.fixture, async () => {
      const got = await runNodeFixture(rule, path.join(dir, c.fixture));
      assert.equal(
        got.map((g, i) => ({
          node: g.node,
          status: g.status,
          ...(c.want[i]?.at !== undefined || (g.status !== 'pass' && g.at !== undefined) ? { at: g.at } : {}),
          ...(c.want[i]?.has !== undefined ? { has: g.message.includes(c.want[i].has!) ? c.want[i].has : g.message } : {}),
        })),
        c.want.map((w) => ({ ...w })),
      );
    });
  }
  s('every fixture folder is used', () => {
    const folders = readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isDirectory()).sort();
    assert.equal(folders, [...new Set(cases.map((c) => c.fixture))].sort());
  });
  s.run();
}
