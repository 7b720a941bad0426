// npm run bench: generate seeded dumps, time the full scan against a parse-only js-yaml baseline, print a table.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, readFileSync, existsSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateItems, toJson, toYaml } from './generate.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = path.join(root, '.bench');
const sizes = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
mkdirSync(work, { recursive: true });

/** Preload that records CPU time and peak RSS of the child process when it exits. */
const usageHook = path.join(work, 'usage-hook.mjs');
writeFileSync(usageHook, `import { writeFileSync } from 'node:fs';
process.on('exit', () => { const u = process.resourceUsage(); writeFileSync(process.env.KUBECIS_BENCH_USAGE, JSON.stringify({ cpu: (u.userCPUTime + u.systemCPUTime) / 1e6, maxRssMiB: u.maxRSS / 1024 })); });
`);
const baseline = path.join(work, 'baseline.mjs');
writeFileSync(baseline, `import { readFileSync } from 'node:fs'; import yaml from 'js-yaml';
const text = readFileSync(process.argv[2], 'utf8');
let n = 0;
if (process.argv[2].endsWith('.json')) n = JSON.parse(text).items.length;
else yaml.loadAll(text, (d) => { n += d && Array.isArray(d.items) ? d.items.length : 1; });
if (n === 0) process.exit(3);
`);

interface Measure { wall: number; cpu: number; rss: number; code: number }

function measure(args: string[]): Measure {
  const usageFile = path.join(work, `usage-${process.pid}.json`);
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', '--import', usageHook, ...args], {
    cwd: root,
    env: { ...process.env, KUBECIS_BENCH_USAGE: usageFile, NO_COLOR: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const u = JSON.parse(readFileSync(usageFile, 'utf8'));
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
  return { wall, cpu: u.cpu, rss: u.maxRssMiB, code: r.status ?? -1 };
}

const rows: string[][] = [];
const header = ['resources', 'form', 'MB', 'scan wall s', 'scan CPU s', 'scan peak RSS MiB', 'baseline wall s', 'ratio'];
const cli = path.join(root, 'dist', 'bin', 'kubecis.js');
const results: Record<string, number> = {};
for (const n of sizes) {
  for (const form of ['yaml', 'yaml+managedFields', 'json'] as const) {
    const managed = form !== 'yaml';
    const file = path.join(work, `dump-${n}${managed ? '-mf' : ''}.${form === 'json' ? 'json' : 'yaml'}`);
    if (!existsSync(file)) {
      const items = generateItems({ resources: n, managedFields: managed });
      writeFileSync(file, form === 'json' ? toJson(items) : toYaml(items));
    }
    const mb = statSync(file).size / 1e6;
    const base = measure([baseline, file]);
    const scan = measure([cli, 'scan', '--format', 'json', '--benchmark', 'cis-1.12', '--fail-on', 'none', file]);
    results[`${n}-${form}`] = scan.wall;
    rows.push([String(n), form, mb.toFixed(1), scan.wall.toFixed(2), scan.cpu.toFixed(2), scan.rss.toFixed(0), base.wall.toFixed(2), (scan.wall / base.wall).toFixed(2)]);
    process.stderr.write(`${n} ${form}: scan ${scan.wall.toFixed(2)} s, baseline ${base.wall.toFixed(2)} s\n`);
  }
}

const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i])).join(' | ')} |`;
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
console.log(line(header));
console.log(line(widths.map((w) => '-'.repeat(w))));
for (const r of rows) console.log(line(r));
if (sizes.includes(10000) && sizes.includes(50000)) {
  const lin = results['50000-yaml+managedFields'] / results['10000-yaml+managedFields'];
  console.log(`\ntime(50k)/time(10k), YAML with managedFields: ${lin.toFixed(2)} (5.0 is linear)`);
}
console.log('baseline: js-yaml loadAll (YAML) or JSON.parse (JSON) of the same file, in a fresh Node process');
