// npm run bench: generate seeded dumps, time the full scan against a parse-only js-yaml baseline, print a table.
//
// Environment: BENCH_SIZES (default 1000,10000,50000), BENCH_REPEAT (runs per cell, default 3; the table shows
// the median wall and CPU time and the largest peak RSS), BENCH_VARIANTS to compare builds or options in one
// run: `name=path/to/kubecis.js --option value;name2=...` (runs interleave, so a busy machine hurts all alike).
import { spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, openSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateItems, toHelm, toJson, toYaml } from './generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(root, '.bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const repeat = Math.max(1, Number(process.env.BENCH_REPEAT ?? 3) || 1);
const cli = path.join(root, 'dist', 'cli', 'kubecis.js');
const variants = (process.env.BENCH_VARIANTS ?? `scan=${cli}`).split(';').filter((v) => v.trim() !== '').map((v) => {
  const eq = v.indexOf('=');
  const [script, ...extra] = v.slice(eq + 1).trim().split(/\s+/);
  return { name: v.slice(0, eq).trim(), script: path.resolve(root, script), extra };
});
mkdirSync(work, { recursive: true });

/**
 * Preload that records CPU time and peak RSS of the child process when it exits, and the CPU time of its main
 * thread alone (Linux): with worker threads that is the critical path, and unlike wall time a busy machine
 * hardly moves it.
 */
const usageHook = path.join(work, 'usage-hook.mjs');
writeFileSync(usageHook, `import { readFileSync, writeFileSync } from 'node:fs';
process.on('exit', () => {
  const u = process.resourceUsage();
  let mainCpu = null;
  try {
    const s = readFileSync('/proc/self/task/' + process.pid + '/stat', 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    mainCpu = (Number(f[11]) + Number(f[12])) / 100; // utime + stime in clock ticks (USER_HZ = 100)
  } catch {}
  writeFileSync(process.env.KUBECIS_BENCH_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, mainCpu, maxRssMiB: u.maxRSS / 1024 }));
});
`);
const baseline = path.join(work, 'baseline.mjs');
writeFileSync(baseline, `import { readFileSync } from 'node:fs'; import yaml from 'js-yaml';
const text = readFileSync(process.argv[2], 'utf8');
let n = 0;
if (process.argv[2].endsWith('.json')) n = JSON.parse(text).items.length;
else yaml.loadAll(text, (d) => { n += d && Array.isArray(d.items) ? d.items.length : 1; });
if (n === 0) process.exit(3);
`);

interface Measure { wall: number; cpu: number; mainCpu: number; rss: number; best?: number }

function measure(args: string[], stdinFile?: string): Measure {
  const usageFile = path.join(work, `usage-${process.pid}.json`);
  const stdin = stdinFile ? openSync(stdinFile, 'r') : 'ignore';
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', usageHook, ...args], {
    cwd: root,
    env: { ...process.env, KUBECIS_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    stdio: [stdin, 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  if (typeof stdin === 'number') closeSync(stdin);
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  const u = JSON.parse(readFileSync(usageFile, 'utf8'));
  return { wall, cpu: u.cpu, mainCpu: u.mainCpu ?? NaN, rss: u.maxRssMiB };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median wall and CPU, the best wall (least disturbed by other load), largest peak RSS over the runs. */
function summarize(ms: Measure[]): Required<Measure> {
  const walls = ms.map((m) => m.wall);
  return { wall: median(walls), best: Math.min(...walls), cpu: median(ms.map((m) => m.cpu)), mainCpu: median(ms.map((m) => m.mainCpu)), rss: Math.max(...ms.map((m) => m.rss)) };
}

const rows: string[][] = [];
const many = variants.length > 1;
const header = ['resources', 'form', 'MB', ...(many ? ['variant'] : []), 'scan wall s', 'best wall s', 'scan CPU s', 'main thread CPU s', 'scan peak RSS MiB', 'baseline wall s', 'ratio'];
const results: Record<string, number> = {};
const load0 = os.loadavg()[0];
for (const n of sizes) {
  // Rendered Helm output (documents with `# Source:` comments, read from standard input) at the smaller sizes: a
  // chart of 50,000 objects is not a thing.
  const forms = ['yaml', 'yaml+managedFields', 'json', ...(n <= 10000 ? ['helm on stdin' as const] : [])] as const;
  for (const form of forms) {
    const managed = form === 'yaml+managedFields' || form === 'json';
    const helm = form === 'helm on stdin';
    const file = path.join(work, helm ? `helm-${n}.yaml` : `dump-${n}${managed ? '-mf' : ''}.${form === 'json' ? 'json' : 'yaml'}`);
    if (!existsSync(file)) {
      if (helm) writeFileSync(file, toHelm(n));
      else {
        const items = generateItems({ resources: n, managedFields: managed });
        writeFileSync(file, form === 'json' ? toJson(items) : toYaml(items));
      }
    }
    const mb = statSync(file).size / 1e6;
    const bases: Measure[] = [];
    const scans: Measure[][] = variants.map(() => []);
    for (let i = 0; i < repeat; i++) {
      bases.push(measure([baseline, file]));
      // Rotate the order so no variant always runs right after the baseline.
      for (let k = 0; k < variants.length; k++) {
        const j = (k + i) % variants.length;
        const v = variants[j];
        scans[j].push(helm
          ? measure([v.script, 'scan', '--format', 'json', '--benchmark', 'cis-1.12', '--fail-on', 'none', ...v.extra, '-'], file)
          : measure([v.script, 'scan', '--format', 'json', '--benchmark', 'cis-1.12', '--fail-on', 'none', ...v.extra, file]));
      }
    }
    const base = summarize(bases);
    variants.forEach((v, j) => {
      const scan = summarize(scans[j]);
      results[`${v.name}-${n}-${form}`] = scan.wall;
      rows.push([String(n), form, mb.toFixed(1), ...(many ? [v.name] : []), scan.wall.toFixed(2), scan.best.toFixed(2), scan.cpu.toFixed(2), Number.isNaN(scan.mainCpu) ? '-' : scan.mainCpu.toFixed(2), scan.rss.toFixed(0), base.wall.toFixed(2), (scan.wall / base.wall).toFixed(2)]);
      process.stderr.write(`${n} ${form} ${v.name}: scan ${scan.wall.toFixed(2)} s (runs ${scans[j].map((m) => m.wall.toFixed(2)).join(', ')}; main thread CPU ${scans[j].map((m) => m.mainCpu.toFixed(2)).join(', ')}), baseline ${base.wall.toFixed(2)} s\n`);
    });
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; load average ${load0.toFixed(1)} at start, ${os.loadavg()[0].toFixed(1)} at end; median of ${repeat} run(s)`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
if (sizes.includes(10000) && sizes.includes(50000)) {
  for (const v of variants) {
    const lin = results[`${v.name}-50000-yaml+managedFields`] / results[`${v.name}-10000-yaml+managedFields`];
    console.log(`\n${many ? `${v.name}: ` : ''}time(50k)/time(10k), YAML with managedFields: ${lin.toFixed(2)} (5.0 is linear)`);
  }
}
console.log('wall and CPU: median over the runs; best wall: the fastest run; main thread CPU: the critical path with workers; ratio: median scan wall / median baseline wall');
console.log('baseline: js-yaml loadAll (YAML) or JSON.parse (JSON) of the same file, in a fresh Node process');
