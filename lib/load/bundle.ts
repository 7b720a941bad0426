// Bundles (bundle.json + members) -> NodeFacts and cluster resources. See docs/bundle-format.md.
import type { BundleInfo, LoadError, NodeFacts, Resource } from '../model/types.js';
import type { ParseLimits } from '../model/parse.js';
import type { RawBundle } from './sources.js';

export interface BundleOutput {
  readonly resources: Resource[];
  readonly nodes: NodeFacts[];
  readonly bundles: BundleInfo[];
  readonly errors: LoadError[];
  readonly serverVersion?: string;
  readonly clusterName?: string;
}

export function readBundles(raw: readonly RawBundle[], _opts: { parseLimits: ParseLimits }): BundleOutput {
  const out: BundleOutput = { resources: [], nodes: [], bundles: [], errors: [] };
  for (const b of raw) out.errors.push({ file: b.file, message: 'bundle reading is not available in this build' });
  return out;
}
