// The shape of a rule: plain metadata plus one pure evaluate function returning one verdict per target.
import type { FieldPath, Loc, NodeFacts, NodeRole, Resource, Snapshot } from '../model/types.js';
import type { SnapshotIndex } from './snapshot-index.js';

export type Severity = 'low' | 'medium' | 'high' | 'critical';
export type Assessment = 'automated' | 'manual';
export type Status = 'pass' | 'fail' | 'manual' | 'not-applicable' | 'error';

/** What the engine hands to evaluate(). */
export type Scope =
  /** One verdict per resource of these kinds (workload kinds: Pods owned by a controller in the input are skipped). */
  | { readonly resource: readonly string[] }
  /** One verdict per namespace (from Namespace objects and the namespaces resources live in). */
  | { readonly namespace: true }
  /** One verdict per node that has one of these roles. */
  | { readonly node: readonly NodeRole[] }
  /** One verdict for the whole input. */
  | { readonly cluster: true };

/** A namespace target: the Namespace object when the input has one. */
export interface NamespaceTarget {
  readonly name: string;
  readonly resource?: Resource;
}

/** A cluster target: the whole input. */
export interface ClusterTarget {
  readonly name: string;
}

export type Target = Resource | NamespaceTarget | NodeFacts | ClusterTarget;

export interface Verdict {
  readonly status: Status;
  /** One plain sentence, no trailing period, names in double quotes. Never a secret value. */
  readonly message: string;
  /** Where: the offending field, or the resource/flag/stat entry; required for fail. */
  readonly loc?: Loc;
  /** The field path that the verdict is about (for stable fingerprints), e.g. `spec.containers[name=web].securityContext.privileged`. */
  readonly fieldPath?: string;
}

/** Read-only context shared by every evaluate call of one scan. */
export interface RuleContext {
  readonly snapshot: Snapshot;
  readonly index: SnapshotIndex;
  /** Id of the benchmark being evaluated, e.g. `cis-1.12`. */
  readonly benchmarkId: string;
  /** Kubernetes minor version the scan assumes (e.g. 31 for v1.31), when known. */
  readonly kubernetesMinor?: number;
  /** Options passed to the scan (profile settings such as allowed registries). */
  readonly options: Readonly<Record<string, unknown>>;
}

export interface FrameworkRefs {
  /** Pod Security Standards level the check corresponds to. */
  readonly pss?: 'baseline' | 'restricted';
  readonly mitreAttack?: readonly string[];
}

export interface RuleMeta {
  /** Stable kebab-case slug, equal to the file name; never changes once released. */
  readonly id: string;
  /** Short title in our own words. */
  readonly title: string;
  /**
   * The benchmark's label for the recommendation(s) this rule decides. Control numbers are not kept here: the
   * benchmark data files (lib/data/benchmarks/*.json) map each recommendation number to its rule(s).
   */
  readonly assessment: Assessment;
  /** Why a Manual item is decided statically, or another subtlety. */
  readonly notes?: string;
  readonly severity: Severity;
  readonly scope: Scope;
  readonly frameworks?: FrameworkRefs;
  /** One sentence: why this matters. */
  readonly rationale: string;
  /** What to change, in our own words. */
  readonly remediation: string;
}

export interface RuleDefinition<T extends Target = any> extends RuleMeta {
  evaluate(target: T, ctx: RuleContext): Verdict;
}

export interface Rule<T extends Target = any> extends RuleDefinition<T> {
  /** Anchor for docs (derived). */
  readonly docsAnchor: string;
}

export type { FieldPath };
