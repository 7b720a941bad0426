// Secret hygiene checks for the secret rules: scan a fixture with the kubecis-hardening profile, render every report
// format, and find any planted canary (raw or base64-decoded) in the output.
import { getBenchmark } from '../../lib/benchmarks.js';
import { runScan } from '../../lib/engine/run.js';
import { loadSnapshot } from '../../lib/load/index.js';
import { renderHtml } from '../../lib/report/html.js';
import { renderJson } from '../../lib/report/json.js';
import { renderJunit } from '../../lib/report/junit.js';
import { renderSarif } from '../../lib/report/sarif.js';
import { renderText } from '../../lib/report/text.js';
import { rules } from '../../rules/index.js';

/** Every report format of a kubecis-hardening scan of `files`, concatenated. */
export async function allOutputs(...files: string[]): Promise<string> {
  const snapshot = await loadSnapshot(files);
  const report = runScan({ snapshot, benchmark: getBenchmark('kubecis-hardening')!, rules, toolVersion: '0.0.0', inputs: files });
  return [renderJson(report), renderText(report, { color: false, verbose: true }), renderSarif(report, {}), renderHtml(report), renderJunit(report)].join('\n');
}

/** Canaries (and their base64 forms) found in `text`. */
export function leakedCanaries(text: string, canaries: readonly string[]): string[] {
  return canaries.filter((c) => text.includes(c) || text.includes(Buffer.from(c).toString('base64')));
}
