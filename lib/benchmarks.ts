// Shipped benchmark data (lib/data/benchmarks/*.json): listing, lookup, counts, and `--benchmark auto` detection.
//
// The data is part of the package, not user input, so it is read here rather than through lib/load/; a missing or
// unreadable file means a broken installation and throws.
import { readFileSync } from 'node:fs';
import type { Benchmark } from './engine/benchmark.js';
import type { InputFacts } from './engine/facts.js';
import { deepFreeze } from './model/parse.js';
import { dataPath } from './paths.js';

export type { Benchmark, Recommendation } from './engine/benchmark.js';

export type Provider = 'generic' | 'eks' | 'aks' | 'gke' | 'openshift';

/** One entry of lib/data/benchmarks/index.json: newest generic benchmark first, then the provider benchmarks. */
export interface BenchmarkIndexEntry {
  readonly id: string;
  readonly provider: Provider;
  readonly kubernetesVersions: { readonly min: string; readonly max: string };
}

export interface BenchmarkCounts {
  readonly automated: number;
  readonly manual: number;
  readonly total: number;
}

/** What `--benchmark auto` picked, and one sentence saying why (shown in reports as `benchmark.selectedBy`). */
export interface BenchmarkChoice {
  readonly id: string;
  readonly reason: string;
}

/** The evidence detection looks at; gathered from a snapshot by lib/engine/facts.ts. */
export type DetectionFacts = InputFacts;

/** One entry of index.json `profiles`: our own rule sets (kubecis-hardening), run with --profile, never auto-detected. */
export interface ProfileIndexEntry {
  readonly id: string;
  readonly provider: 'kubecis';
}

let indexCache: readonly BenchmarkIndexEntry[] | undefined;
let profileCache: readonly ProfileIndexEntry[] | undefined;
const benchmarkCache = new Map<string, Benchmark>();

function readJson(...parts: string[]): unknown {
  return JSON.parse(readFileSync(dataPath(...parts), 'utf8'));
}

/** The shipped benchmark ids in their listing order, with provider and Kubernetes version range. */
export function benchmarkIndex(): readonly BenchmarkIndexEntry[] {
  if (!indexCache) {
    const raw = readJson('benchmarks', 'index.json') as { benchmarks: BenchmarkIndexEntry[] };
    indexCache = deepFreeze(raw.benchmarks);
  }
  return indexCache;
}

/** The shipped profiles (index.json `profiles`), in listing order. */
export function profileIndex(): readonly ProfileIndexEntry[] {
  if (!profileCache) {
    const raw = readJson('benchmarks', 'index.json') as { profiles?: ProfileIndexEntry[] };
    profileCache = deepFreeze(raw.profiles ?? []);
  }
  return profileCache;
}

/** Whether an id names a shipped profile (as opposed to a benchmark). */
export function isProfile(id: string): boolean {
  return profileIndex().some((e) => e.id === id);
}

/** A shipped benchmark or profile by id, or undefined for an id that is not shipped (only listed ids ever touch the disk). */
export function getBenchmark(id: string): Benchmark | undefined {
  const cached = benchmarkCache.get(id);
  if (cached) return cached;
  if (!benchmarkIndex().some((e) => e.id === id) && !isProfile(id)) return undefined;
  const b = deepFreeze(readJson('benchmarks', `${id}.json`) as Benchmark);
  if (b.id !== id) throw new Error(`benchmark file "${id}.json" declares id "${b.id}"`);
  benchmarkCache.set(id, b);
  return b;
}

/** Every shipped benchmark, newest generic first, then EKS, AKS, GKE and OpenShift, then the profiles. */
export function listBenchmarks(): Benchmark[] {
  return [...benchmarkIndex(), ...profileIndex()].map((e) => {
    const b = getBenchmark(e.id);
    if (!b) throw new Error(`benchmark "${e.id}" is listed in index.json but cannot be loaded`);
    return b;
  });
}

/** Recommendation counts by the benchmark's own assessment label. */
export function benchmarkCounts(b: Benchmark): BenchmarkCounts {
  const automated = b.recommendations.filter((r) => r.assessment === 'automated').length;
  return { automated, manual: b.recommendations.length - automated, total: b.recommendations.length };
}

// ---------------------------------------------------------------------------------------------------------------
// Detection

type ManagedProvider = Exclude<Provider, 'generic'>;

const PROVIDER_NAMES: Record<ManagedProvider, string> = {
  eks: 'Amazon EKS',
  aks: 'Azure AKS',
  gke: 'Google GKE',
  openshift: 'OpenShift',
};

/** "an Amazon EKS cluster", "a Google GKE cluster". */
function aCluster(p: ManagedProvider): string {
  return `${/^[AEIOU]/.test(PROVIDER_NAMES[p]) ? 'an' : 'a'} ${PROVIDER_NAMES[p]} cluster`;
}

const CLOUD_NAMES: Record<'eks' | 'aks' | 'gke', string> = { eks: 'AWS', aks: 'Azure', gke: 'Google Cloud' };

/** Node label keys (exact, or prefix when ending in "/" or "-") that only the managed service sets. */
const NODE_LABELS: Record<ManagedProvider, readonly string[]> = {
  eks: ['eks.amazonaws.com/', 'alpha.eksctl.io/'],
  aks: ['kubernetes.azure.com/'],
  gke: ['cloud.google.com/gke-'],
  openshift: ['node.openshift.io/'],
};

/** API groups that exist only on OpenShift clusters (cluster configuration and security context constraints). */
const OPENSHIFT_API_GROUPS = ['config.openshift.io', 'security.openshift.io'];

/** Cloud provider ID prefixes. Weak evidence: self-managed clusters on the same cloud carry them too. */
const PROVIDER_ID_PREFIXES: Record<'eks' | 'aks' | 'gke', string> = { eks: 'aws://', aks: 'azure://', gke: 'gce://' };

/** Server version markers, e.g. v1.31.2-eks-7f9249a, v1.30.5-gke.1014001. AKS reports a plain version. */
const SERVER_VERSION_MARKERS: Partial<Record<ManagedProvider, RegExp>> = { eks: /-eks-/, gke: /-gke\./ };

/** Distributions that report themselves in the version but follow the generic benchmark here. */
const GENERIC_DISTRIBUTIONS: readonly [RegExp, string][] = [
  [/\+k3s/, 'k3s'],
  [/\+rke2/, 'RKE2'],
  [/\+vmware/, 'VMware Tanzu'],
];

const CONTROL_PLANE_ROLE_LABELS = ['node-role.kubernetes.io/control-plane', 'node-role.kubernetes.io/master'];

interface Evidence {
  readonly strong: string[];
  readonly weak: string[];
}

function matchesLabel(key: string, pattern: string): boolean {
  return pattern.endsWith('/') || pattern.endsWith('-') ? key.startsWith(pattern) : key === pattern;
}

function collectEvidence(facts: DetectionFacts): Record<ManagedProvider, Evidence> {
  const ev: Record<ManagedProvider, Evidence> = {
    eks: { strong: [], weak: [] },
    aks: { strong: [], weak: [] },
    gke: { strong: [], weak: [] },
    openshift: { strong: [], weak: [] },
  };
  const providers = Object.keys(ev) as ManagedProvider[];
  const labelKeys = new Set<string>();
  for (const labels of facts.nodeLabels ?? []) for (const k of Object.keys(labels)) labelKeys.add(k);
  for (const key of [...labelKeys].sort()) {
    for (const p of providers) {
      const pattern = NODE_LABELS[p].find((pat) => matchesLabel(key, pat));
      // One label per prefix is enough to name; a node carries dozens of them.
      if (pattern && !ev[p].strong.some((s) => s.startsWith(`node label "${pattern}`))) ev[p].strong.push(`node label "${key}"`);
    }
  }
  for (const group of OPENSHIFT_API_GROUPS) {
    if (facts.apiGroups?.includes(group)) ev.openshift.strong.push(`API group "${group}"`);
  }
  if (facts.serverVersion) {
    for (const p of providers) {
      if (SERVER_VERSION_MARKERS[p]?.test(facts.serverVersion)) ev[p].strong.push(`server version "${facts.serverVersion}"`);
    }
  }
  for (const [p, prefix] of Object.entries(PROVIDER_ID_PREFIXES) as [keyof typeof PROVIDER_ID_PREFIXES, string][]) {
    if ((facts.providerIds ?? []).some((id) => id.startsWith(prefix))) ev[p].weak.push(`provider ID "${prefix}..."`);
  }
  return ev;
}

/** Kubernetes minor version from a server version string ("v1.30.4-eks-a737599" -> 30); undefined unless 1.x. */
export function minorVersionOf(serverVersion: string | undefined): number | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\D|$)/.exec(serverVersion?.trim() ?? '');
  if (!m || m[1] !== '1') return undefined;
  return Number(m[2]);
}

function minorOf(v: string): number {
  return Number(v.split('.')[1]);
}

function rangeText(e: BenchmarkIndexEntry): string {
  const { min, max } = e.kubernetesVersions;
  return min === max ? `Kubernetes ${min}` : `Kubernetes ${min}–${max}`;
}

/** The generic benchmark for a Kubernetes minor version, and a note when the version is outside every range. */
function genericFor(minor: number): { entry: BenchmarkIndexEntry; note?: string } {
  const generic = benchmarkIndex().filter((e) => e.provider === 'generic');
  if (generic.length === 0) throw new Error('index.json lists no generic benchmark');
  const hit = generic.find((e) => minorOf(e.kubernetesVersions.min) <= minor && minor <= minorOf(e.kubernetesVersions.max));
  if (hit) return { entry: hit };
  const newest = generic[0];
  if (minor > minorOf(newest.kubernetesVersions.max)) {
    return { entry: newest, note: `newer than any shipped benchmark; ${newest.id} (${rangeText(newest)}) is the closest` };
  }
  // Below the oldest range (or, should the index ever have one, in a gap): the oldest benchmark at or above it.
  const above = [...generic].reverse().find((e) => minorOf(e.kubernetesVersions.min) > minor) ?? generic[generic.length - 1];
  return { entry: above, note: `older than any shipped benchmark; ${above.id} (${rangeText(above)}) is the closest` };
}

function providerEntry(p: ManagedProvider): BenchmarkIndexEntry {
  const e = benchmarkIndex().find((x) => x.provider === p);
  if (!e) throw new Error(`index.json lists no benchmark for provider "${p}"`);
  return e;
}

function evidenceText(items: readonly string[]): string {
  const shown = items.slice(0, 3);
  const more = items.length > shown.length ? ` and ${items.length - shown.length} more` : '';
  return `${shown.join(', ')}${more}`;
}

function versionNote(p: ManagedProvider, minor: number | undefined): string {
  if (minor === undefined) return '';
  const e = providerEntry(p);
  const lo = minorOf(e.kubernetesVersions.min);
  const hi = minorOf(e.kubernetesVersions.max);
  return minor < lo || minor > hi ? `; note that Kubernetes 1.${minor} is outside its ${rangeText(e)} range` : '';
}

/**
 * `--benchmark auto`: pick the benchmark for the input. Provider first (OpenShift API groups; node labels and server
 * version strings of EKS, AKS and GKE; cloud provider IDs when no control-plane node says the cluster is self-managed),
 * then the generic benchmark by Kubernetes minor version. Input without cluster context (plain manifests) gets the
 * newest generic benchmark. The reason names the evidence.
 */
export function detectBenchmark(facts: DetectionFacts): BenchmarkChoice {
  const ev = collectEvidence(facts);
  const minor = minorVersionOf(facts.serverVersion);

  // OpenShift first: it also runs on AWS, Azure and GCP (ROSA, ARO, OSD), whose provider IDs and labels it carries.
  if (ev.openshift.strong.length > 0) {
    const e = providerEntry('openshift');
    return { id: e.id, reason: `${e.id} because the input is ${aCluster('openshift')} (${evidenceText(ev.openshift.strong)})${versionNote('openshift', minor)}` };
  }

  const managed = (['eks', 'aks', 'gke'] as const).filter((p) => ev[p].strong.length > 0);
  if (managed.length > 0) {
    const ranked = [...managed].sort((a, b) => ev[b].strong.length - ev[a].strong.length);
    const [best, second] = ranked;
    if (second === undefined || ev[best].strong.length > ev[second].strong.length) {
      const e = providerEntry(best);
      const others = ranked.slice(1).map((p) => `${PROVIDER_NAMES[p]} (${evidenceText(ev[p].strong)})`);
      const conflict = others.length ? `; weaker conflicting evidence for ${others.join(', ')} was ignored` : '';
      return { id: e.id, reason: `${e.id} because the input is ${aCluster(best)} (${evidenceText(ev[best].strong)})${versionNote(best, minor)}${conflict}` };
    }
    const tied = ranked.filter((p) => ev[p].strong.length === ev[best].strong.length);
    const desc = tied.map((p) => `${PROVIDER_NAMES[p]} (${evidenceText(ev[p].strong)})`).join(' and ');
    return generic(facts, minor, `the provider evidence is contradictory: ${desc}`);
  }

  const weak = (['eks', 'aks', 'gke'] as const).filter((p) => ev[p].weak.length > 0);
  if (weak.length === 1) {
    const p = weak[0];
    const controlPlane = (facts.nodeLabels ?? []).some((l) => CONTROL_PLANE_ROLE_LABELS.some((k) => k in l));
    if (!controlPlane) {
      const e = providerEntry(p);
      return { id: e.id, reason: `${e.id} because the nodes run on ${CLOUD_NAMES[p]} (${evidenceText(ev[p].weak)}) and no control-plane node is visible${versionNote(p, minor)}` };
    }
    return generic(facts, minor, `the nodes run on ${CLOUD_NAMES[p]} (${evidenceText(ev[p].weak)}) but the cluster has its own control-plane nodes, so it is self-managed`);
  }
  if (weak.length > 1) {
    return generic(facts, minor, `nodes carry provider IDs of several clouds (${weak.map((p) => evidenceText(ev[p].weak)).join(', ')})`);
  }
  return generic(facts, minor);
}

function generic(facts: DetectionFacts, minor: number | undefined, context?: string): BenchmarkChoice {
  const suffix = context ? `; ${context}` : '; no managed Kubernetes provider was detected';
  if (minor !== undefined) {
    const { entry, note } = genericFor(minor);
    const distro = GENERIC_DISTRIBUTIONS.find(([re]) => re.test(facts.serverVersion ?? ''));
    const distroText = distro ? ` (${distro[1]}, which has no benchmark of its own)` : '';
    const fit = note ? `, ${note}` : ` and ${entry.id} covers ${rangeText(entry)}`;
    return { id: entry.id, reason: `${entry.id} because the server version "${facts.serverVersion}"${distroText} is Kubernetes 1.${minor}${fit}${suffix}` };
  }
  const newest = benchmarkIndex().find((e) => e.provider === 'generic');
  if (!newest) throw new Error('index.json lists no generic benchmark');
  const noContext = !facts.hasNodes && !facts.serverVersion && (facts.nodeLabels ?? []).length === 0 && (facts.providerIds ?? []).length === 0;
  if (noContext) {
    return { id: newest.id, reason: `${newest.id}, the newest generic benchmark, because the input has no cluster context (manifests only)${context ? `; ${context}` : ''}` };
  }
  const unparsed = facts.serverVersion ? `the server version "${facts.serverVersion}" could not be read` : 'the input does not give the server version';
  return { id: newest.id, reason: `${newest.id}, the newest generic benchmark, because ${unparsed}${suffix}` };
}
