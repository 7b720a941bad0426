// The report contract: what the engine produces and every reporter (text, json, sarif, html, junit) formats.
import type { Severity, Status } from '../rule/types.js';
import type { FrameworkView } from '../frameworks.js';
import type { BaselineState } from './common.js';

/** A rule's verdict status, or `waived`: a fail or manual result that a waiver accepted (see `Result.waiver`). */
export type ResultStatus = Status | 'waived';

/** The waiver that accepted a result: from a waivers file (with owner and expiry) or a `kubecis.io/waive` annotation. */
export interface AppliedWaiver {
  readonly reason: string;
  readonly owner?: string;
  /** Last day the waiver applies (YYYY-MM-DD). */
  readonly expires?: string;
  /** Where the waiver was written: `waivers.yaml:12` or `annotation kubecis.io/waive`. */
  readonly source: string;
  /** The status the result had before it was waived. */
  readonly status: 'fail' | 'manual';
}

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
  readonly status: ResultStatus;
  readonly target: ResultTarget;
  readonly location?: ResultLocation;
  readonly message: string;
  /** Field the result is about, stable across line moves, e.g. `spec.containers[name=web].securityContext.privileged`. */
  readonly fieldPath?: string;
  /** Framework controls the result's control maps to: framework id -> control ids. */
  readonly frameworks?: Readonly<Record<string, readonly string[]>>;
  /** Drift against a baseline (scan --baseline). `absent` results come from the baseline and are not counted. */
  readonly baselineState?: BaselineState;
  /** Set when status is `waived`. */
  readonly waiver?: AppliedWaiver;
}

export interface Summary {
  readonly pass: number;
  readonly fail: number;
  readonly manual: number;
  readonly notApplicable: number;
  readonly error: number;
  /** Fail or manual results accepted by a waiver; always set by the engine, absent in reports of older versions. */
  readonly waived?: number;
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
    /** Profiles evaluated with it (--profile), whose controls are in the same report under their own ids. */
    readonly profiles?: readonly { readonly id: string; readonly title: string }[];
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
  /** What the results were compared with (scan --baseline) and the drift counts. */
  readonly baseline?: BaselineInfo;
  /** Waivers that no longer apply (expired) or matched nothing (stale). */
  readonly waivers?: WaiverReport;
  readonly errors: readonly ReportError[];
}

export interface BaselineInfo {
  /** The baseline's scan and collection times (earliest bundle start), and its cluster, when it says them. */
  readonly startedAt?: string;
  readonly collectedAt?: string;
  readonly clusterName?: string;
  readonly counts: { readonly new: number; readonly unchanged: number; readonly updated: number; readonly absent: number };
}

/** A waiver as written, for reporting expired and stale ones. */
export interface WaiverRef {
  readonly control?: string;
  readonly rule?: string;
  readonly namespace?: string;
  readonly kind?: string;
  readonly name?: string;
  readonly node?: string;
  readonly cluster?: string;
  readonly reason: string;
  readonly owner?: string;
  readonly expires?: string;
  readonly source: string;
}

export interface WaiverReport {
  /** Past their expiry date on the scan date: they no longer apply. */
  readonly expired: readonly WaiverRef[];
  /** In force but matched no failing or manual result. */
  readonly stale: readonly WaiverRef[];
}
