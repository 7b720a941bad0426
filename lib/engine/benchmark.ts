// Benchmark data as the engine reads it: recommendations in order, each decided by one or more rules.
import type { Assessment } from '../rule/types.js';

export interface Recommendation {
  readonly id: string;
  readonly section: string;
  readonly assessment: Assessment;
  readonly rules: readonly string[];
}

export interface Benchmark {
  readonly id: string;
  readonly title: string;
  readonly version: string;
  readonly provider: string;
  readonly kubernetesVersions?: { readonly min: string; readonly max: string };
  readonly sections: readonly { readonly id: string; readonly title: string }[];
  readonly recommendations: readonly Recommendation[];
}
