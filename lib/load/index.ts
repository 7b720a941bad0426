// Inputs -> frozen Snapshot: read sources and bundles, parse with positions, collect every error and carry on.
import type { LoadError, Resource, Snapshot } from '../model/types.js';
import { deepFreeze, DEFAULT_PARSE_LIMITS, parseText, type ParseLimits } from '../model/parse.js';
import type { FileResult } from '../model/parse-pool.js';
import { readBundles } from './bundle.js';
import { decodeText, DEFAULT_LOAD_LIMITS, loadInputs, type LoadLimits } from './sources.js';

export interface SnapshotOptions {
  readonly loadLimits?: LoadLimits;
  readonly parseLimits?: ParseLimits;
  readonly readStdin?: (maxBytes: number) => Promise<Buffer>;
  /** Called after each source is parsed and now and then while a large one is (for progress display; bin/ decides whether to show it). */
  readonly onProgress?: (p: { readonly sources: number; readonly totalSources: number; readonly bytes: number; readonly totalBytes: number; readonly resources: number }) => void;
  /** Called when reading a file threw (a bug, not bad input); the file becomes an error entry and loading goes on. */
  readonly onInternalError?: (file: string, e: unknown) => void;
  /** Threads that parse manifests, the main thread included (default 1); more are used only for large inputs. */
  readonly threads?: number;
  /** Total bytes of YAML manifest files from which `threads` applies (default PARALLEL_MIN_BYTES). */
  readonly parallelMinBytes?: number;
}

/** Below this a worker thread costs more (start-up, copying values back) than it saves. */
export const PARALLEL_MIN_BYTES = 8 * 1024 * 1024;

export async function loadSnapshot(inputs: readonly string[], opts: SnapshotOptions = {}): Promise<Snapshot> {
  const loaded = await loadInputs(inputs, { limits: opts.loadLimits ?? DEFAULT_LOAD_LIMITS, readStdin: opts.readStdin });
  const errors: LoadError[] = [...loaded.errors];
  const resources: Resource[] = [];
  const totalBytes = loaded.sources.reduce((n, s) => n + s.data.length, 0);
  let bytes = 0;
  let done = 0;
  const parseOpts = { limits: opts.parseLimits ?? DEFAULT_PARSE_LIMITS };
  const decodeErrors: (string | undefined)[] = [];
  const textOf = (i: number): string => {
    const { text, error } = decodeText(loaded.sources[i].data);
    if (error === undefined && text !== undefined) return text;
    decodeErrors[i] = error ?? 'unreadable';
    return '';
  };
  /** One source's parse (or what ended it) into the snapshot; called in source order. */
  const take = (i: number, parsed: FileResult) => {
    const src = loaded.sources[i];
    bytes += src.data.length;
    done++;
    const decodeError = decodeErrors[i];
    if (decodeError !== undefined) errors.push({ file: src.file, message: decodeError });
    else if ('error' in parsed) {
      // The message stays generic: a library's message may quote the input.
      errors.push({ file: src.file, message: 'internal error while reading this file (a bug in kubecis; run with --debug for details)' });
      opts.onInternalError?.(src.file, parsed.error);
    } else {
      for (const r of parsed.out.resources) resources.push(r);
      errors.push(...parsed.out.errors);
      // A manifest file whose document is a bare value or list (a script, prose) is not something kubectl would apply.
      for (const o of parsed.out.others) {
        if (o.data !== null && (typeof o.data !== 'object' || Array.isArray(o.data))) {
          errors.push({ file: src.file, message: `document ${o.docIndex + 1} is ${Array.isArray(o.data) ? 'a list' : 'a plain value'}, not a Kubernetes object` });
        }
      }
    }
    opts.onProgress?.({ sources: done, totalSources: loaded.sources.length, bytes, totalBytes, resources: resources.length });
  };
  /** Progress inside source i (a share of its units read), for large files. */
  const partly = opts.onProgress
    ? (i: number, share: number) => opts.onProgress!({ sources: done, totalSources: loaded.sources.length, bytes: bytes + Math.round(share * loaded.sources[i].data.length), totalBytes, resources: resources.length })
    : undefined;
  // JSON files are read whole on the main thread (JSON.parse beats copying values back), so only YAML counts here.
  const yamlBytes = loaded.sources.reduce((n, s) => n + (startsLikeJson(s.data) ? 0 : s.data.length), 0);
  const threads = Math.floor(opts.threads ?? 1);
  if (threads > 1 && yamlBytes >= (opts.parallelMinBytes ?? PARALLEL_MIN_BYTES)) {
    const { parseFilesInParallel } = await import('../model/parse-pool.js'); // small inputs never load it
    const files = loaded.sources.map((src, i) => ({ file: src.file, text: () => textOf(i) }));
    await parseFilesInParallel(files, parseOpts, threads - 1, take, partly ? { onUnits: (i, n, of) => partly(i, n / of) } : {});
  } else {
    loaded.sources.forEach((src, i) => {
      const text = textOf(i);
      let parsed: FileResult;
      try {
        const fileOpts = partly ? { ...parseOpts, onUnits: (n: number, of: number) => partly(i, n / of) } : parseOpts;
        parsed = { out: decodeErrors[i] === undefined ? parseText(text, src.file, fileOpts) : { resources: [], errors: [], others: [] } };
      } catch (error) {
        parsed = { error };
      }
      take(i, parsed);
    });
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

/** First character (after a byte-order mark and white space) opens a JSON object or array. */
function startsLikeJson(data: Buffer): boolean {
  let i = data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0;
  while (i < data.length && (data[i] === 0x20 || data[i] === 0x0a || data[i] === 0x0d || data[i] === 0x09)) i++;
  return data[i] === 0x7b || data[i] === 0x5b;
}

/** Freeze the snapshot and its lists; resources freeze themselves when parsed. */
function deepFreezeShallowList(s: Snapshot): Snapshot {
  Object.freeze(s.resources);
  Object.freeze(s.nodes);
  Object.freeze(s.bundles);
  deepFreeze(s.errors);
  return Object.freeze(s);
}
