// Worker thread of parse-pool.ts: reads the values of batches of units exactly as the main thread would.
import { parentPort } from 'node:worker_threads';
import { readUnitValue, type ParseLimits, type Unit } from './parse.js';

export interface BatchRequest {
  readonly id: number;
  readonly units: readonly Unit[];
  readonly limits: ParseLimits;
}

/** values[i] is units[i]'s value, or null when the main thread has to read that unit itself. */
export type BatchReply = { readonly id: number; readonly values: readonly ({ readonly data: unknown } | null)[] } | { readonly ready: true };

const port = parentPort;
if (port) {
  port.on('message', (m: BatchRequest) => {
    const values = m.units.map((u) => {
      try {
        return readUnitValue(u, m.limits) ?? null;
      } catch {
        return null; // a bug on this path must not cost the unit: the main thread reads it and reports it
      }
    });
    let reply: BatchReply = { id: m.id, values };
    try {
      port.postMessage(reply);
    } catch {
      reply = { id: m.id, values: values.map(() => null) }; // a value that cannot be cloned: let the main thread read the batch
      port.postMessage(reply);
    }
  });
  port.postMessage({ ready: true } satisfies BatchReply);
}
