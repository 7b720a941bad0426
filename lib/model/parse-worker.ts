// Worker thread of parse-pool.ts: reads the values of batches of units exactly as the main thread would.
import { parentPort } from 'node:worker_threads';
import { readUnitForTransfer, type ParseLimits, type Unit } from './parse.js';

export interface BatchRequest {
  readonly id: number;
  readonly units: readonly Unit[];
  readonly limits: ParseLimits;
}

/**
 * The values of a batch's units. `json` is a JSON array with one entry per unit: `[value]`, or 0 when the value is
 * in `cloned` (structured clone: JSON cannot carry it exactly) or the main thread has to read that unit itself.
 */
export type BatchReply =
  | { readonly id: number; readonly json: string; readonly cloned: readonly (readonly [number, { readonly data: unknown }])[] }
  | { readonly ready: true };

const port = parentPort;
if (port) {
  port.on('message', (m: BatchRequest) => {
    const entries: (0 | [unknown])[] = new Array(m.units.length);
    const cloned: [number, { data: unknown }][] = [];
    m.units.forEach((u, i) => {
      entries[i] = 0;
      try {
        const v = readUnitForTransfer(u, m.limits);
        if (v?.json) entries[i] = [v.data];
        else if (v) cloned.push([i, { data: v.data }]);
      } catch {
        // a bug on this path must not cost the unit: the main thread reads it and reports it
      }
    });
    try {
      port.postMessage({ id: m.id, json: JSON.stringify(entries), cloned } satisfies BatchReply);
    } catch {
      port.postMessage({ id: m.id, json: JSON.stringify(entries.map(() => 0)), cloned: [] } satisfies BatchReply); // let the main thread read the batch
    }
  });
  port.postMessage({ ready: true } satisfies BatchReply);
}
