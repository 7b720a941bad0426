// JSON report: the documented contract (lib/data/schemas/report.schema.json), fixed key order, 2-space indent.
import type { Report } from './types.js';

/** Serialise a report. Key order follows the objects as the engine builds them, so output is byte-stable. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
