// Refreshes the `files` list (size and SHA-256 of every member) in the bundle.json of mini bundle fixture folders,
// so fixtures stay hand-editable while the loader stays strict about checksums.
//
//   node dist/test/helpers/make-bundle.js rules/kubelet/kubelet-anonymous-auth.fixtures/pass-config-file
//   node dist/test/helpers/make-bundle.js --all        (every fixture bundle under rules/ and test/fixtures/)
//
// Edit a fixture's members, then run this. Command lines are raw NUL-separated /proc cmdline files, e.g.
//   printf '%s\0' /usr/bin/kubelet --config=/var/lib/kubelet/config.yaml > processes/kubelet.cmdline
// A bundle.json that names a member listed under `keepStale` (see fixtures of the loader tests) is left alone:
// those fixtures are broken on purpose.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from './paths.js';

function listFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    const r = rel ? `${rel}/${name}` : name;
    const st = statSync(path.join(dir, r));
    if (st.isDirectory()) out.push(...listFiles(dir, r));
    else if (st.isFile() && r !== 'bundle.json') out.push(r);
  }
  return out;
}

/** Rewrite bundle.json's `files` for one folder; returns true when it changed. */
export function refreshBundle(dir: string): boolean {
  const jsonPath = path.join(dir, 'bundle.json');
  const before = readFileSync(jsonPath, 'utf8');
  const json = JSON.parse(before) as Record<string, unknown>;
  json.files = listFiles(dir).map((p) => {
    const data = readFileSync(path.join(dir, p));
    return { path: p, size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  });
  const after = `${JSON.stringify(json, null, 2)}\n`;
  if (after === before) return false;
  writeFileSync(jsonPath, after);
  return true;
}

/** Every fixture bundle folder (a folder with bundle.json) under the given roots; folders named `broken-*` are skipped. */
export function findBundles(...roots: string[]): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    if (!existsSync(d)) return;
    if (existsSync(path.join(d, 'bundle.json'))) {
      if (!path.basename(d).startsWith('broken-')) out.push(d);
      return;
    }
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory() && name !== 'node_modules' && name !== '.git') walk(p);
    }
  };
  for (const r of roots) walk(r);
  return out;
}

function main(args: string[]): void {
  const dirs = args.includes('--all') ? findBundles(path.join(repoRoot, 'rules'), path.join(repoRoot, 'test', 'fixtures')) : args;
  if (dirs.length === 0) {
    process.stderr.write('usage: make-bundle.js DIR... | --all\n');
    process.exitCode = 2;
    return;
  }
  for (const d of dirs) if (refreshBundle(d)) process.stdout.write(`updated ${path.relative(repoRoot, path.resolve(d))}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main(process.argv.slice(2));
