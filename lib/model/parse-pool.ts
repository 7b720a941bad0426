// Parse many files with worker threads beside the main thread; the output equals parseText file by file.
//
// The main thread cuts each file into units (cheap) and hands out batches of unit texts from the front of one
// queue: to the workers, which read values with the same parser settings and send them back (as JSON text,
// which reads faster here than a structured clone, or cloned where JSON cannot carry a value exactly), and to
// itself between messages, so every thread keeps busy however the machine is loaded. Each file is then finished
// in order on the main thread: values are frozen and Resources built with their lazy position finders. A unit a
// worker could not read (bad YAML, too deep, a worker that died) is read again by finish() exactly as on the
// one-thread path, so errors, their lines and their order do not change.
import { Worker } from 'node:worker_threads';
import { DEFAULT_PARSE_LIMITS, planText, readUnitValue, type ParseOptions, type ParseOutput, type TextPlan } from './parse.js';
import type { BatchReply, BatchRequest } from './parse-worker.js';

/** Characters of unit text per batch: small enough to balance the threads at the end, large enough to amortise a message. */
const BATCH_CHARS = 256 * 1024;
/** Batches queued at a worker: one being read and one waiting, so it never idles for a round trip. */
const WORKER_QUEUE = 2;

export type FileResult = { readonly out: ParseOutput } | { readonly error: unknown };

type Value = { readonly data: unknown } | undefined;

interface FileState {
  plan?: TextPlan;
  values: Value[];
  pending: number;
  error?: unknown;
}

interface Batch {
  readonly id: number;
  /** [file index, unit index] of each unit. */
  readonly refs: readonly (readonly [number, number])[];
}

interface PoolWorker {
  readonly worker: Worker;
  readonly inflight: Map<number, Batch>;
  ready: boolean;
  dead: boolean;
}

/**
 * Parse `files` with `workers` worker threads plus the main thread. `onResult` is called once per file, in
 * order, as soon as that file is complete; a file whose parse threw gets `{ error }` (as parseText would have
 * thrown). Workers are terminated before this returns, also when it throws. `mainReads: false` leaves the
 * reading to the workers while any is alive (for tests). Returns how many units each side
 * read (units a worker could not read count for the main thread, which reads them again in finish()).
 */
export async function parseFilesInParallel(
  files: readonly { readonly file: string; readonly text: () => string }[],
  opts: ParseOptions,
  workers: number,
  onResult: (index: number, result: FileResult) => void,
  { mainReads = true, onUnits }: { readonly mainReads?: boolean; readonly onUnits?: (file: number, done: number, total: number) => void } = {},
): Promise<{ readonly byWorkers: number; readonly byMain: number }> {
  const limits = opts.limits ?? DEFAULT_PARSE_LIMITS;
  const states: FileState[] = [];
  let cursorFile = 0;
  let cursorUnit = 0;
  let emitted = 0;
  let nextId = 0;
  let byWorkers = 0;
  let byMain = 0;
  const returned: Batch[] = []; // batches of workers that died, for the main thread
  let wakeUp: (() => void) | undefined;
  const wake = () => {
    const w = wakeUp;
    wakeUp = undefined;
    w?.();
  };

  const stateOf = (i: number): FileState => {
    while (states.length <= i) {
      const f = files[states.length];
      let s: FileState;
      try {
        const plan = planText(f.text(), f.file, opts);
        s = { plan, values: new Array<Value>(plan.units.length), pending: plan.units.length };
      } catch (error) {
        s = { values: [], pending: 0, error };
      }
      states.push(s);
    }
    return states[i];
  };

  // Units whose positions will likely be needed are read by the main thread (see TextPlan.readsHere); the queue
  // passes them over and keeps them here.
  const mine: [number, number][] = [];
  const nextBatch = (): Batch | undefined => {
    if (returned.length > 0) return returned.shift();
    const refs: [number, number][] = [];
    let chars = 0;
    while (cursorFile < files.length && chars < BATCH_CHARS) {
      const plan = stateOf(cursorFile).plan;
      const units = plan?.units ?? [];
      if (cursorUnit >= units.length) {
        cursorFile++;
        cursorUnit = 0;
        continue;
      }
      if (plan!.readsHere(cursorUnit)) mine.push([cursorFile, cursorUnit]);
      else refs.push([cursorFile, cursorUnit]);
      chars += units[cursorUnit].text.length;
      cursorUnit++;
    }
    return refs.length > 0 ? { id: nextId++, refs } : undefined;
  };

  /** A batch of the main thread's own units, read with positions. */
  const readMine = (): boolean => {
    if (mine.length === 0) return false;
    const refs: [number, number][] = [];
    let chars = 0;
    while (mine.length > 0 && chars < BATCH_CHARS) {
      const ref = mine.shift()!;
      refs.push(ref);
      chars += states[ref[0]].plan!.units[ref[1]].text.length;
    }
    const values = refs.map(([f, u]): Value => {
      try {
        return states[f].plan!.readHere(u);
      } catch {
        return undefined; // finish() reads it again and reports what happened, as parseText would
      }
    });
    store({ id: -1, refs }, values, false);
    return true;
  };

  const store = (b: Batch, values: readonly (Value | null)[], fromWorker: boolean) => {
    b.refs.forEach(([f, u], k) => {
      const s = states[f];
      const v = values[k] ?? undefined;
      s.values[u] = v;
      s.pending--;
      if (v && fromWorker) byWorkers++;
      else byMain++;
    });
    const [f] = b.refs[0];
    const s = states[f];
    if (s.plan) onUnits?.(f, s.plan.units.length - s.pending, s.plan.units.length);
  };

  /** Finish every complete file at the head of the order and hand it on; drop what it no longer needs. */
  const flush = () => {
    while (emitted < states.length && states[emitted].pending === 0) {
      const s = states[emitted];
      let result: FileResult;
      if (s.error !== undefined || !s.plan) result = { error: s.error };
      else {
        try {
          result = { out: s.plan.finish(s.values) };
        } catch (error) {
          result = { error };
        }
      }
      states[emitted] = { values: [], pending: 0 };
      onResult(emitted++, result);
    }
  };

  const fill = (w: PoolWorker) => {
    while (w.ready && !w.dead && w.inflight.size < WORKER_QUEUE) {
      const b = nextBatch();
      if (!b) return;
      w.inflight.set(b.id, b);
      const req: BatchRequest = { id: b.id, units: b.refs.map(([f, u]) => states[f].plan!.units[u]), limits };
      w.worker.postMessage(req);
    }
  };

  const retire = (w: PoolWorker) => {
    if (w.dead) return;
    w.dead = true;
    returned.push(...w.inflight.values());
    w.inflight.clear();
    for (const other of pool) fill(other);
    wake();
  };

  // Started before the first file is cut, so they boot while the main thread cuts it.
  const pool: PoolWorker[] = [];
  for (let i = 0; i < workers; i++) {
    let worker: Worker;
    try {
      // Resolved next to this module, so it works from dist/ and from an installed package alike.
      worker = new Worker(new URL('./parse-worker.js', import.meta.url));
    } catch {
      break; // no worker threads here: the main thread reads everything
    }
    const w: PoolWorker = { worker, inflight: new Map(), ready: false, dead: false };
    worker.on('message', (m: BatchReply) => {
      if ('ready' in m) w.ready = true;
      else {
        const b = w.inflight.get(m.id);
        if (b) {
          w.inflight.delete(m.id);
          store(b, valuesOf(m, b.refs.length), true);
        }
      }
      fill(w);
      wake();
    });
    worker.on('error', () => retire(w));
    worker.on('messageerror', () => {
      retire(w);
      void worker.terminate();
    });
    worker.on('exit', () => retire(w));
    pool.push(w);
  }

  try {
    for (;;) {
      // With mainReads off (tests), the main thread reads only what no live worker can.
      // The main thread's own units (readsHere) are never sent to a worker, so it reads them in any case.
      if (readMine()) {
        flush();
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      const mainTurn = mainReads || pool.every((w) => w.dead);
      const b = mainTurn ? nextBatch() : undefined;
      if (b) {
        const values = b.refs.map(([f, u]): Value => {
          try {
            return readUnitValue(states[f].plan!.units[u], limits);
          } catch {
            return undefined; // finish() reads it again and reports what happened, as parseText would
          }
        });
        store(b, values, false);
        flush();
        // Let worker replies in (and send them more) before the next batch.
        await new Promise((resolve) => setImmediate(resolve));
        continue;
      }
      flush();
      if (states.length === files.length && emitted === files.length) break;
      await new Promise<void>((resolve) => {
        wakeUp = resolve;
      });
    }
  } finally {
    await Promise.all(pool.map((w) => w.worker.terminate()));
  }
  flush();
  return { byWorkers, byMain };
}

/** A worker's reply as one value (or undefined: read it here) per unit of the batch. */
function valuesOf(m: Extract<BatchReply, { json: string }>, units: number): Value[] {
  try {
    const entries = JSON.parse(m.json) as (0 | [unknown])[];
    const values = entries.map((e): Value => (e === 0 ? undefined : { data: e[0] }));
    for (const [i, v] of m.cloned) values[i] = v;
    if (values.length === units) return values;
  } catch {
    // not expected (the worker wrote it); the main thread reads the batch
  }
  return new Array<Value>(units).fill(undefined);
}
