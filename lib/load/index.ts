// Inputs -> frozen Snapshot: read sources and bundles, parse with positions, collect every error and carry on.
import type { LoadError, Resource, Snapshot } from '../model/types.js';
import { deepFreeze, DEFAULT_PARSE_LIMITS, parseText, type ParseLimits } from '../model/parse.js';
import { readBundles } from './bundle.js';
import { decodeText, DEFAULT_LOAD_LIMITS, loadInputs, type LoadLimits } from './sources.js';

export interface SnapshotOptions {
  readonly loadLimits?: LoadLimits;
  readonly parseLimits?: ParseLimits;
  readonly readStdin?: () => Promise<Buffer>;
}

export async function loadSnapshot(inputs: readonly string[], opts: SnapshotOptions = {}): Promise<Snapshot> {
  const loaded = await loadInputs(inputs, { limits: opts.loadLimits ?? DEFAULT_LOAD_LIMITS, readStdin: opts.readStdin });
  const errors: LoadError[] = [...loaded.errors];
  const resources: Resource[] = [];
  for (const src of loaded.sources) {
    const { text, error } = decodeText(src.data);
    if (error !== undefined || text === undefined) {
      errors.push({ file: src.file, message: error ?? 'unreadable' });
      continue;
    }
    const parsed = parseText(text, src.file, { limits: opts.parseLimits ?? DEFAULT_PARSE_LIMITS });
    resources.push(...parsed.resources);
    errors.push(...parsed.errors);
  }
  const fromBundles = readBundles(loaded.bundles, { parseLimits: opts.parseLimits ?? DEFAULT_PARSE_LIMITS });
  resources.push(...fromBundles.resources);
  errors.push(...fromBundles.errors);
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0)));
  return deepFreezeShallowList({
    resources,
    nodes: fromBundles.nodes,
    bundles: fromBundles.bundles,
    errors,
    ...(fromBundles.serverVersion ? { serverVersion: fromBundles.serverVersion } : {}),
    ...(fromBundles.clusterName ? { clusterName: fromBundles.clusterName } : {}),
  });
}

/** Freeze the snapshot and its lists; resources freeze themselves when parsed. */
function deepFreezeShallowList(s: Snapshot): Snapshot {
  Object.freeze(s.resources);
  Object.freeze(s.nodes);
  Object.freeze(s.bundles);
  deepFreeze(s.errors);
  return Object.freeze(s);
}
