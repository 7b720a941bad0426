// Inputs -> frozen Snapshot: read sources and bundles, parse with positions, collect every error and carry on.
import type { LoadError, Resource, Snapshot } from '../model/types.js';
import { deepFreeze, DEFAULT_PARSE_LIMITS, parseText, type ParseLimits } from '../model/parse.js';
import { readBundles } from './bundle.js';
import { decodeText, DEFAULT_LOAD_LIMITS, loadInputs, type LoadLimits } from './sources.js';

export interface SnapshotOptions {
  readonly loadLimits?: LoadLimits;
  readonly parseLimits?: ParseLimits;
  readonly readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** Called after each source is parsed (for progress display; bin/ decides whether to show it). */
  readonly onProgress?: (p: { readonly sources: number; readonly totalSources: number; readonly bytes: number; readonly totalBytes: number; readonly resources: number }) => void;
  /** Called when reading a file threw (a bug, not bad input); the file becomes an error entry and loading goes on. */
  readonly onInternalError?: (file: string, e: unknown) => void;
}

export async function loadSnapshot(inputs: readonly string[], opts: SnapshotOptions = {}): Promise<Snapshot> {
  const loaded = await loadInputs(inputs, { limits: opts.loadLimits ?? DEFAULT_LOAD_LIMITS, readStdin: opts.readStdin });
  const errors: LoadError[] = [...loaded.errors];
  const resources: Resource[] = [];
  const totalBytes = loaded.sources.reduce((n, s) => n + s.data.length, 0);
  let bytes = 0;
  let done = 0;
  for (const src of loaded.sources) {
    bytes += src.data.length;
    done++;
    const { text, error } = decodeText(src.data);
    if (error !== undefined || text === undefined) {
      errors.push({ file: src.file, message: error ?? 'unreadable' });
      continue;
    }
    let parsed;
    try {
      parsed = parseText(text, src.file, { limits: opts.parseLimits ?? DEFAULT_PARSE_LIMITS });
    } catch (e) {
      // The message stays generic: a library's message may quote the input.
      errors.push({ file: src.file, message: 'internal error while reading this file (a bug in kubecis; run with --debug for details)' });
      opts.onInternalError?.(src.file, e);
      continue;
    }
    for (const r of parsed.resources) resources.push(r);
    errors.push(...parsed.errors);
    // A manifest file whose document is a bare value or list (a script, prose) is not something kubectl would apply.
    for (const o of parsed.others) {
      if (o.data !== null && (typeof o.data !== 'object' || Array.isArray(o.data))) {
        errors.push({ file: src.file, message: `document ${o.docIndex + 1} is ${Array.isArray(o.data) ? 'a list' : 'a plain value'}, not a Kubernetes object` });
      }
    }
    opts.onProgress?.({ sources: done, totalSources: loaded.sources.length, bytes, totalBytes, resources: resources.length });
  }
  const fromBundles = readBundles(loaded.bundles, { parseLimits: opts.parseLimits ?? DEFAULT_PARSE_LIMITS });
  resources.push(...fromBundles.resources);
  errors.push(...fromBundles.errors);
  // Fully ordered (message last), so the order of the inputs on the command line cannot show through.
  errors.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
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
