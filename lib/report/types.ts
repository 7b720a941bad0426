// The report contract: what the engine produces and every reporter (text, json, sarif, html, junit) formats.
import type { Severity, Status } from '../rule/types.js';
import type { FrameworkView } from '../frameworks.js';

export interface ResultTarget {
  /** Resource kind, `Namespace`, `Node` or `Cluster`. */
  readonly kind: string;
  readonly namespace?: string;
  readonly name: string;
  /** Node name, for node targets and node components. */
  readonly node?: string;
  /** Cluster name, when known from a bundle. */
  readonly cluster?: string;
}

export interface ResultLocation {
  /** Relative to the scanned path, or the archive member path (`bundle.tgz!files/etc/...`). */
  readonly file: string;
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** The chart template a rendered Helm document came from (its `# Source:` comment). */
  readonly helmSource?: string;
}

export interface Result {
  readonly controlId: string;
  readonly ruleId: string;
  readonly title: string;
  readonly severity: Severity;
  readonly status: Status;
  readonly target: ResultTarget;
  readonly location?: ResultLocation;
  readonly message: string;
  /** Field the result is about, stable across line moves, e.g. `spec.containers[name=web].securityContext.privileged`. */
  readonly fieldPath?: string;
  /** Framework controls the result's control maps to: framework id -> control ids. */
  readonly frameworks?: Readonly<Record<string, readonly string[]>>;
}

export interface Summary {
  readonly pass: number;
  readonly fail: number;
  readonly manual: number;
  readonly notApplicable: number;
  readonly error: number;
}

export interface ReportError {
  readonly file: string;
  readonly message: string;
  readonly line?: number;
}

/** Per-control metadata reporters need (titles, remediation) without re-reading the rules. */
export interface ControlInfo {
  readonly controlId: string;
  readonly ruleId: string;
  readonly section: string;
  readonly sectionTitle: string;
  readonly title: string;
  readonly assessment: 'automated' | 'manual';
  readonly severity: Severity;
  readonly rationale: string;
  readonly remediation: string;
  readonly notes?: string;
  readonly frameworks?: Readonly<Record<string, readonly string[]>>;
}

export interface Report {
  readonly schemaVersion: 1;
  readonly tool: { readonly name: 'kubecis'; readonly version: string };
  readonly benchmark: {
    readonly id: string;
    readonly title: string;
    /** Why this benchmark was chosen (auto-detection), when it was not given. */
    readonly selectedBy?: string;
  };
  readonly scan: {
    /** ISO 8601 time the scan ran; passed in by bin/, the only time-dependent field besides collection times. */
    readonly startedAt?: string;
    readonly inputs: readonly string[];
    readonly clusterName?: string;
    readonly serverVersion?: string;
    readonly bundles: readonly {
      readonly file: string;
      readonly mode: 'node' | 'cluster';
      readonly node?: string;
      readonly collectedFrom?: 'host' | 'pod';
      readonly startedAt?: string;
      readonly finishedAt?: string;
    }[];
    readonly nodes: readonly string[];
    readonly resources: number;
  };
  readonly controls: readonly ControlInfo[];
  readonly results: readonly Result[];
  /** Per requested framework (--framework): its controls, the CIS controls behind each, and coverage. */
  readonly frameworkViews?: readonly FrameworkView[];
  readonly summary: Summary;
  readonly errors: readonly ReportError[];
}
