// Run the built CLI as a user would, with every network API of Node made to fail loudly (offline proof).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fromRoot } from './paths.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Signal that ended the run (SIGKILL when `timeout` ran out), or null. */
  signal: NodeJS.Signals | null;
}

let guardFile: string | undefined;

/**
 * A preload module that replaces sockets, DNS, HTTP(S) and fetch with functions that record the attempt on
 * stderr and throw: any network use by the analyzer makes the run fail visibly.
 */
function networkGuard(): string {
  if (guardFile) return guardFile;
  const dir = mkdtempSync(path.join(tmpdir(), 'kubecis-guard-'));
  guardFile = path.join(dir, 'no-network.mjs');
  writeFileSync(
    guardFile,
    `import net from 'node:net'; import dns from 'node:dns'; import http from 'node:http'; import https from 'node:https'; import tls from 'node:tls';
const deny = (what) => function () { process.stderr.write('NETWORK-ATTEMPT ' + what + '\\n'); throw new Error('network use is forbidden: ' + what); };
net.Socket.prototype.connect = deny('net.Socket.connect'); net.connect = deny('net.connect'); net.createConnection = deny('net.createConnection');
tls.connect = deny('tls.connect'); dns.lookup = deny('dns.lookup'); dns.resolve = deny('dns.resolve'); dns.promises.lookup = deny('dns.promises.lookup');
http.request = deny('http.request'); http.get = deny('http.get'); https.request = deny('https.request'); https.get = deny('https.get');
globalThis.fetch = deny('fetch');
`,
  );
  return guardFile;
}

export function runCli(args: string[], opts: { input?: string | Buffer; cwd?: string; env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, ['--import', networkGuard(), fromRoot('dist', 'cli', 'kubecis.js'), ...args], {
    cwd: opts.cwd ?? fromRoot(),
    input: opts.input,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
    ...(opts.timeout ? { timeout: opts.timeout, killSignal: 'SIGKILL' as const } : {}),
  });
  if (r.stderr?.includes('NETWORK-ATTEMPT')) throw new Error(`the CLI tried to use the network:\n${r.stderr}`);
  return { code: r.status ?? -1, stdout: r.stdout ?? '', stderr: r.stderr ?? '', signal: r.signal };
}

/** Start the built CLI without waiting (long-running commands such as watch), with the same network guard. */
export function spawnCli(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}): ChildProcess {
  return spawn(process.execPath, ['--import', networkGuard(), fromRoot('dist', 'cli', 'kubecis.js'), ...args], {
    cwd: opts.cwd ?? fromRoot(),
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/tmp', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}
