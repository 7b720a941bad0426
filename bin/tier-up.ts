// When V8 optimises functions, for the CLI process (bin/launch.ts sets these before anything else loads).
//
// A scan calls hundreds of rule functions a few thousand times each, and V8 compiles every one that gets warm with
// its optimising compiler on background threads. On a two-core machine those compile jobs (measured: 0.4 s of CPU in
// a 10k-object scan, against 0.1 s for js-yaml alone) compete with the main thread and the parse worker. Four times
// V8's default interrupt budget leaves the warm-but-not-hot functions in the baseline tiers and still optimises the
// hot ones (the parser, the engine's loops): a 10k-object dump scans about 10 % faster, a 50k one 3–6 %, a 1k one
// the same (npm run bench, docs/performance.md). Measured on Node 20's V8 (11.x) only, so applied there only;
// KUBECIS_V8_DEFAULTS=1 leaves V8's defaults in place (to compare), and a budget given to node itself
// (`node --interrupt-budget=…`, NODE_OPTIONS) is left as it is.

/** V8's default `--interrupt-budget` in 11.x. */
const V8_11_INTERRUPT_BUDGET = 66 * 1024;

/** V8 flags to set for the CLI, given `process.versions.v8`, the environment and node's own options. */
export function tierUpFlags(v8Version: string, env: Readonly<Record<string, string | undefined>>, execArgv: readonly string[]): string[] {
  if (env.KUBECIS_V8_DEFAULTS === '1' || !/^11\./.test(v8Version)) return [];
  const given = [...execArgv, env.NODE_OPTIONS ?? ''].some((a) => /--interrupt[-_]budget\b/.test(a));
  if (given) return [];
  return [`--interrupt-budget=${4 * V8_11_INTERRUPT_BUDGET}`];
}
