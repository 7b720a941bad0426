// The shipped code (dist/lib, dist/rules, dist/bin and the bundled CLI in dist/cli) imports no network or process module and evaluates no code
// built at run time: the analyzer cannot reach the network or run anything, whatever its input says.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { fromRoot } from '../helpers/paths.js';

const test = suite('security/offline');

const FORBIDDEN_MODULES = ['http', 'https', 'http2', 'net', 'tls', 'dns', 'dgram', 'child_process', 'cluster', 'inspector', 'vm'];
const moduleRe = new RegExp(
  `(?:\\bfrom\\s*|\\bimport\\s*\\(\\s*|\\brequire\\s*\\(\\s*|^\\s*import\\s+)['"](?:node:)?(${FORBIDDEN_MODULES.join('|')})(?:/[^'"]*)?['"]`,
  'gm',
);
/** Run-time code and network APIs of the platform (the HTML report's script runs in a browser). */
const apiRe = /\b(eval\s*\(|new\s+Function\s*\(|fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|process\.binding|process\.dlopen)/g;
/** import() of anything but a string literal could load a module named by input. */
const dynamicImportRe = /\bimport\s*\(\s*(?!['"])/g;

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const n of readdirSync(dir).sort()) {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (n.endsWith('.js')) out.push(p);
  }
  return out;
}

function findings(file: string, text: string): string[] {
  const out: string[] = [];
  for (const re of [moduleRe, apiRe, dynamicImportRe]) {
    for (const m of text.matchAll(re)) out.push(`${file}: ${m[0].trim()}`);
  }
  return out;
}

test('the patterns catch what they are meant to (the scan can fail)', () => {
  const planted = [
    "import http from 'node:http';", 'import { spawn } from "child_process";', "const d = await import('node:dns');",
    "const n = require('net');", 'eval(code)', 'new Function("return 1")', 'await fetch(url)', 'await import(name)',
  ];
  for (const p of planted) assert.ok(findings('planted', p).length > 0, p);
  assert.equal(findings('ok', "import fs from 'node:fs'; import { Worker } from 'node:worker_threads'; await import('../lib/report/sarif.js');"), []);
});

test('no network or process module, no run-time code in dist/lib, dist/rules, dist/bin and dist/cli', () => {
  const files = ['lib', 'rules', 'bin', 'cli'].flatMap((d) => jsFiles(fromRoot('dist', d)));
  assert.ok(files.length > 100, `built code found (${files.length} files)`);
  const found = files.flatMap((f) => findings(path.relative(fromRoot(), f), readFileSync(f, 'utf8')));
  assert.equal(found, []);
});

test('the bundled CLI is what package.json runs, and it was built', () => {
  const pkg = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { bin: Record<string, string> };
  assert.is(pkg.bin.kubecis, 'dist/cli/kubecis.js');
  assert.ok(jsFiles(fromRoot('dist', 'cli')).some((f) => f.endsWith(`${path.sep}parse-worker.js`)), 'the worker entry is bundled beside the CLI');
});

test.run();
