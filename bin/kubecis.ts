#!/usr/bin/env node
// The kubecis command line: parse argv, read inputs, run the scan, write reports, choose the exit code.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import minimist from 'minimist';
import { DEFAULT_LOAD_LIMITS } from '../lib/load/sources.js';
import { DEFAULT_PARSE_LIMITS } from '../lib/model/parse.js';
import { renderText } from '../lib/report/text.js';
import { renderJson } from '../lib/report/json.js';
import type { Report } from '../lib/report/types.js';
import { rules } from '../rules/index.js';
import { getBenchmark, listBenchmarks, benchmarkCounts } from '../lib/benchmarks.js';
import { packageRoot } from '../lib/paths.js';
import { FRAMEWORK_IDS } from '../lib/frameworks.js';
import { asArray, printable, UsageError, writeAtomic } from './common.js';
import { progressLine } from './progress.js';
import { evaluate, loadBaseline, loadInputsSnapshot, loadWaivers, postProcess, ruleOptions, scanSettings } from './scan-core.js';
import { diffCommand, rollupCommand, storeHistory, trendCommand } from './continuous.js';
import { watchCommand } from './watch.js';

const FORMATS = ['text', 'json', 'sarif', 'html', 'junit'] as const;
type Format = (typeof FORMATS)[number];
const SEVERITY_RANK: Record<string, number> = { low: 1, medium: 2, high: 3, critical: 4 };

const HELP = `kubecis — offline CIS Kubernetes Benchmark analyzer

Usage:
  kubecis scan [options] PATH...     scan folders, manifest files, .tar.gz archives, kubecis bundles,
                                     or - for standard input (e.g. helm template … | kubecis scan -)
  kubecis benchmarks [--format text|json]
                                     list the shipped benchmarks and profiles with control counts
  kubecis controls [--benchmark ID] [--format text|json]
                                     list every control of a benchmark with its rule and automation
  kubecis diff OLD.json NEW.json [--format text|json] [--fail-on-new]
                                     what degraded, improved, appeared and vanished between two JSON results
  kubecis trend DIR [--format text|json|html]
                                     score and failures over time per cluster, from a --history folder
  kubecis rollup RESULT.json... | DIR [--format text|json|html] [--framework ID]
                                     many clusters at once: scores, share of clusters failing each control
  kubecis watch DROP_DIR --out DIR [--interval 60s] [--log-format text|json] [scan options]
                                     scan each bundle dropped into DROP_DIR once it is complete
  kubecis --version | --help

Scan options:
  -b, --benchmark ID       benchmark to evaluate, or "auto" to pick it from the input (default: auto)
  -p, --profile ID         also evaluate a profile of kubecis's own checks (kubecis-hardening), in the same
                           report; without --benchmark only the profile runs; repeatable
      --allowed-registries LIST
                           comma-separated registries images may come from (kubecis-hardening); default:
                           allowedRegistries in the scanned folder's .kubecis.yaml
  -f, --format FORMAT      text | json | sarif | html | junit (default: text)
  -o FILE                  write the --format report to FILE instead of standard output
      --output FORMAT=FILE also write FORMAT to FILE; repeatable (e.g. --output sarif=out.sarif)
      --fail-on SEVERITY   exit 1 only for failures of this severity or higher:
                           low | medium | high | critical | none (default: low)
      --framework ID       add a compliance framework view; repeatable:
                           ${FRAMEWORK_IDS.join(', ')}
      --kubernetes-version V
                           Kubernetes version to assume when the input does not say (e.g. 1.31)
      --automation-id ID   SARIF runs[0].automationDetails.id (default: kubecis/<benchmark>/)
      --src-root PATH      SARIF: where the scanned paths sit in the repository (e.g. deploy/k8s), so
                           alerts land on files that exist there
      --chart-path PATH    SARIF: the chart's folder in the repository, for findings in rendered Helm output
      --stdin-path PATH    SARIF: the file that findings on standard input without a Helm Source land on
                           (e.g. overlays/prod/kustomization.yaml)
      --verbose            list passing targets too (text format)
      --no-color           no ANSI colours (also when NO_COLOR is set or output is not a terminal)
      --debug              show stack traces of internal errors
      --threads N          threads that parse YAML inputs over 8 MB in total; 1 = main thread only
                           (default: auto = 2 where the machine has two cores or more)
      --baseline FILE      mark results new / unchanged / updated / absent against an earlier JSON result
      --waivers FILE       accepted exceptions (YAML); repeatable. A .kubecis.yaml at the root of a scanned
                           folder is read too, and the annotation kubecis.io/waive: "<control or rule>: <reason>"
                           waives that object's results. Waived failures do not fail the scan
      --history DIR        also store the JSON result as DIR/<cluster>/<collection or scan time>.json
  Limits (hostile-input guards; raise them for very large clusters):
      --max-file-size BYTES      largest file or archive member (default: ${DEFAULT_LOAD_LIMITS.maxFileBytes})
      --max-archive-size BYTES   largest expanded archive (default: ${DEFAULT_LOAD_LIMITS.maxArchiveBytes})
      --max-entries N            most archive entries (default: ${DEFAULT_LOAD_LIMITS.maxEntries})
      --max-documents N          most YAML documents per file (default: ${DEFAULT_PARSE_LIMITS.maxDocuments})
      --max-depth N              deepest YAML nesting (default: ${DEFAULT_PARSE_LIMITS.maxDepth})
      --max-aliases N            most YAML alias expansions per document (default: ${DEFAULT_PARSE_LIMITS.maxAliasCount})

Diff, trend, rollup and watch options:
      --fail-on-new        diff: exit 1 only when new failures appeared
  -o FILE                  write the report to FILE (diff, trend, rollup)
      --out DIR            watch: reports (JSON, HTML, SARIF, drift) and the watch state go here
      --interval TIME      watch: time between polls of the drop folder, e.g. 60s, 5m, 500ms (default: 60s)
      --log-format FORMAT  watch: events on stderr as text lines or JSON lines (default: text)
  watch moves bundles it cannot read to DROP_DIR/quarantine/ with a .reason.txt, and stops on SIGTERM or
  SIGINT after the current scan.

Exit codes:
  0  no failing control (at or above --fail-on)
  1  at least one failing control (at or above --fail-on)
  2  usage error, or no readable input
`;


function version(): string {
  try {
    return JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')).version as string;
  } catch {
    return '0.0.0';
  }
}

/** Standard input, read until it ends or is past `maxBytes` (enough to report it as too large; the rest is left). */
async function readStdin(maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of process.stdin) {
    chunks.push(c as Buffer);
    size += (c as Buffer).length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}

async function render(format: Format, report: Report, args: minimist.ParsedArgs, color: boolean): Promise<string> {
  switch (format) {
    case 'text':
      return renderText(report, { color, verbose: Boolean(args.verbose) });
    case 'json':
      return renderJson(report);
    case 'sarif': {
      // Loaded only when asked for, so a plain text scan starts fast.
      const { renderSarif } = await import('../lib/report/sarif.js');
      return renderSarif(report, {
        automationId: args['automation-id'] as string | undefined,
        srcRoot: args['src-root'] as string | undefined,
        chartPath: args['chart-path'] as string | undefined,
        stdinPath: args['stdin-path'] as string | undefined,
      });
    }
    case 'html': {
      const { renderHtml } = await import('../lib/report/html.js');
      return renderHtml(report);
    }
    case 'junit': {
      const { renderJunit } = await import('../lib/report/junit.js');
      return renderJunit(report);
    }
  }
}

function parseFormat(v: string, what: string): Format {
  if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`${what}: unknown format "${v}" (use ${FORMATS.join(', ')})`);
  return v as Format;
}

async function scan(args: minimist.ParsedArgs, inputs: string[]): Promise<number> {
  if (inputs.length === 0) throw new UsageError('scan needs at least one PATH (or - for standard input)');
  const format = parseFormat(String(args.format ?? 'text'), '--format');
  const outputs: { format: Format; file: string }[] = asArray(args.output).map((spec) => {
    const i = spec.indexOf('=');
    if (i <= 0 || i === spec.length - 1) throw new UsageError(`--output takes FORMAT=FILE, got "${spec}"`);
    return { format: parseFormat(spec.slice(0, i), '--output'), file: spec.slice(i + 1) };
  });
  const failOn = String(args['fail-on'] ?? 'low');
  if (failOn !== 'none' && !(failOn in SEVERITY_RANK)) throw new UsageError(`--fail-on takes low, medium, high, critical or none`);
  const settings = scanSettings(args, version(), readStdin);
  const waivers = await loadWaivers(asArray(args.waivers), inputs);
  const baseline = args.baseline !== undefined ? await loadBaseline(String(args.baseline)) : undefined;
  const options = await ruleOptions(settings, inputs, baseline);

  const startedAt = new Date().toISOString();
  const progress = progressLine(process.stderr);
  const snapshot = await loadInputsSnapshot(inputs, settings, progress.update);
  if (snapshot.resources.length === 0 && snapshot.nodes.length === 0) {
    progress.done();
    for (const e of snapshot.errors) process.stderr.write(`kubecis: ${printable(e.file)}${e.line ? `:${e.line}` : ''}: ${printable(e.message)}\n`);
    process.stderr.write('kubecis: no readable Kubernetes objects or node bundles in the input\n');
    return 2;
  }
  const report = postProcess(evaluate(snapshot, inputs, settings, startedAt, options, progress.rules), snapshot, { waivers, baseline, startedAt });
  progress.done();

  const color = args.color !== false && !process.env.NO_COLOR && Boolean(process.stdout.isTTY) && !args.o;
  for (const o of outputs) await writeAtomic(o.file, await render(o.format, report, args, false));
  const main = await render(format, report, args, color);
  if (args.o) await writeAtomic(String(args.o), main);
  else if (outputs.length === 0 || args.format !== undefined) process.stdout.write(main);
  if (args.history !== undefined) await storeHistory(String(args.history), report);

  if (failOn === 'none') return 0;
  const threshold = SEVERITY_RANK[failOn];
  // Waived failures have status `waived`; absent ones are the baseline's, gone now: neither fails the scan.
  return report.results.some((r) => r.status === 'fail' && r.baselineState !== 'absent' && SEVERITY_RANK[r.severity] >= threshold) ? 1 : 0;
}

function listCommand(args: minimist.ParsedArgs, what: 'benchmarks' | 'controls'): number {
  const format = String(args.format ?? 'text');
  if (format !== 'text' && format !== 'json') throw new UsageError(`${what} supports --format text or json`);
  if (what === 'benchmarks') {
    const list = listBenchmarks().map((b) => ({ id: b.id, title: b.title, provider: b.provider, kubernetesVersions: b.kubernetesVersions, ...benchmarkCounts(b) }));
    if (format === 'json') process.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
    else {
      for (const b of list) {
        const v = b.kubernetesVersions;
        const kv = v ? ` · Kubernetes ${v.min === v.max ? v.min : `${v.min}–${v.max}`}` : '';
        const profile = b.provider === 'kubecis' ? ' · profile (run with --profile)' : '';
        const w = Math.max(...list.map((x) => x.id.length));
        process.stdout.write(`${b.id.padEnd(w)}  ${b.title}${kv}${profile}\n${''.padEnd(w)}  ${b.total} controls: ${b.automated} automated, ${b.manual} manual\n`);
      }
    }
    return 0;
  }
  const id = String(args.benchmark ?? listBenchmarks()[0].id);
  const benchmark = getBenchmark(id);
  if (!benchmark) throw new UsageError(`unknown benchmark "${id}" (see kubecis benchmarks)`);
  const list = benchmark.recommendations.flatMap((rec) =>
    rec.rules.map((ruleId) => {
      const rule = rules[ruleId];
      return {
        controlId: rec.id,
        section: rec.section,
        assessment: rec.assessment,
        ruleId,
        title: rule?.title ?? '(rule missing from this build)',
        severity: rule?.severity,
        implemented: Boolean(rule),
      };
    }),
  );
  if (format === 'json') process.stdout.write(`${JSON.stringify({ benchmark: { id: benchmark.id, title: benchmark.title }, controls: list }, null, 2)}\n`);
  else {
    process.stdout.write(`${benchmark.title} (${benchmark.id})\n`);
    for (const c of list) process.stdout.write(`${c.controlId.padEnd(8)} ${c.assessment.padEnd(9)} ${c.ruleId.padEnd(48)} ${c.title}\n`);
  }
  return 0;
}

export async function main(argv: string[]): Promise<number> {
  const args = minimist(argv, {
    string: ['benchmark', 'format', 'o', 'output', 'fail-on', 'kubernetes-version', 'automation-id', 'framework', 'src-root', 'chart-path', 'stdin-path',
      'baseline', 'waivers', 'history', 'out', 'interval', 'log-format', 'profile', 'allowed-registries'],
    boolean: ['help', 'version', 'verbose', 'debug', 'color', 'fail-on-new'],
    default: { color: true },
    alias: { b: 'benchmark', f: 'format', h: 'help', V: 'version', p: 'profile' },
    unknown: (a) => {
      if (a.startsWith('-') && a !== '-') {
        const name = a.replace(/^--?/, '').split('=')[0];
        const known = ['max-file-size', 'max-archive-size', 'max-entries', 'max-documents', 'max-depth', 'max-aliases', 'threads', 'color'];
        if (!known.includes(name)) throw new UsageError(`unknown option ${a.split('=')[0]}`);
      }
      return true;
    },
  });
  const [command, ...rest] = args._.map(String);
  if (args.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  if (args.help || command === undefined || command === 'help') {
    process.stdout.write(HELP);
    return command === undefined && !args.help ? 2 : 0;
  }
  switch (command) {
    case 'scan':
      return scan(args, rest);
    case 'benchmarks':
      return listCommand(args, 'benchmarks');
    case 'controls':
      return listCommand(args, 'controls');
    case 'diff':
      return diffCommand(args, rest);
    case 'trend':
      return trendCommand(args, rest);
    case 'rollup':
      return rollupCommand(args, rest);
    case 'watch':
      return watchCommand(args, rest, version());
    default:
      throw new UsageError(`unknown command "${command}" (see kubecis --help)`);
  }
}

const debug = process.argv.includes('--debug');
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      process.stderr.write(`kubecis: ${e.message}\n`);
    } else {
      const msg = e instanceof Error ? e.message.split('\n')[0] : 'unknown error';
      process.stderr.write(`kubecis: internal error: ${msg}${debug ? '' : ' (run with --debug for details)'}\n`);
      if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    }
    process.exitCode = 2;
  },
);
