import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseEnvLines, parseFlags, splitCmdline, type ArgToken } from '../../lib/model/cmdline.js';
import type { ComponentName } from '../../lib/model/types.js';

const nul = (...args: string[]) => Buffer.from(args.map((a) => `${a}\0`).join(''));
const tokens = (...args: string[]): ArgToken[] => args.map((text, i) => ({ text, loc: { file: 'm', line: i + 1, column: 1 } }));
const simple = (c: ComponentName, ...args: string[]) => parseFlags(c, tokens(...args)).map((f) => [f.name, f.value]);

const test = suite('cmdline');

test('splitCmdline: NUL-separated arguments with byte columns', () => {
  const argv = splitCmdline(nul('/usr/bin/kubelet', '--config=/c.yaml', '--v', '2'), 'b!processes/kubelet.cmdline');
  assert.equal(argv.map((a) => a.text), ['/usr/bin/kubelet', '--config=/c.yaml', '--v', '2']);
  assert.equal(argv.map((a) => [a.loc.column, a.loc.endColumn]), [[1, 17], [18, 34], [35, 38], [39, 40]]);
  assert.ok(argv.every((a) => a.loc.line === 1 && a.loc.file === 'b!processes/kubelet.cmdline'));
});

test('splitCmdline: keeps empty arguments, tolerates a missing final NUL, counts bytes not characters', () => {
  assert.equal(splitCmdline(Buffer.from('a\0\0b'), 'f').map((a) => a.text), ['a', '', 'b']);
  const argv = splitCmdline(Buffer.from('é\0--x=1\0'), 'f');
  assert.equal(argv[1].loc.column, 4); // "é" is two bytes
  assert.equal(splitCmdline(Buffer.alloc(0), 'f'), []);
});

const cases: [string, ComponentName, string[], [string, string | undefined][]][] = [
  ['--a=b', 'apiserver', ['--authorization-mode=Node,RBAC'], [['authorization-mode', 'Node,RBAC']]],
  ['--a b for a value flag', 'apiserver', ['--secure-port', '6443'], [['secure-port', '6443']]],
  ['boolean without value', 'kubelet', ['--anonymous-auth', '--v=2'], [['anonymous-auth', undefined], ['v', '2']]],
  ['boolean never takes the next argument', 'kubelet', ['--anonymous-auth', 'false'], [['anonymous-auth', undefined]]],
  ['boolean with =false', 'kubelet', ['--rotate-certificates=false'], [['rotate-certificates', 'false']]],
  ['repeated flags keep every occurrence', 'apiserver', ['--feature-gates=A=true', '--feature-gates', 'B=false'], [['feature-gates', 'A=true'], ['feature-gates', 'B=false']]],
  ['single dash (etcd, Go flag package)', 'etcd', ['-data-dir', '/var/lib/etcd', '-client-cert-auth'], [['data-dir', '/var/lib/etcd'], ['client-cert-auth', undefined]]],
  ['etcd boolean with value after space is positional', 'etcd', ['--client-cert-auth', 'true', '--name=x'], [['client-cert-auth', undefined], ['name', 'x']]],
  ['negative number is a value', 'kubelet', ['--oom-score-adj', '-999'], [['oom-score-adj', '-999']]],
  ['value flag followed by a flag has no value', 'apiserver', ['--token-auth-file', '--profiling=false'], [['token-auth-file', undefined], ['profiling', 'false']]],
  ['value flag at the end has no value', 'scheduler', ['--kubeconfig'], [['kubeconfig', undefined]]],
  ['-- ends the flags, positionals are skipped', 'proxy', ['pos', '--v=1', '--', '--ignored=1'], [['v', '1']]],
  ['underscores normalised for Kubernetes components', 'kubelet', ['--read_only_port=0'], [['read-only-port', '0']]],
  ['underscores kept for etcd', 'etcd', ['--data_dir=/x'], [['data_dir', '/x']]],
  ['empty value', 'apiserver', ['--audit-policy-file='], [['audit-policy-file', '']]],
  ['value with = inside', 'apiserver', ['--runtime-config=api/all=true'], [['runtime-config', 'api/all=true']]],
];
for (const [name, component, args, want] of cases) {
  test(`parseFlags: ${name}`, () => assert.equal(simple(component, ...args), want));
}

test('parseFlags: --a b spans both arguments', () => {
  const [f] = parseFlags('apiserver', tokens('--secure-port', '6443'));
  assert.equal([f.loc.line, f.loc.endLine], [1, 2]);
});

test('parseEnvLines: KEY=VALUE with line numbers, comments and blanks skipped', () => {
  const env = parseEnvLines('# c\nETCD_DATA_DIR=/var/lib/etcd\n\nETCD_NAME=a=b\n', 'e');
  assert.equal([...env].map(([k, v]) => [k, v.value, v.loc.line]), [['ETCD_DATA_DIR', '/var/lib/etcd', 2], ['ETCD_NAME', 'a=b', 4]]);
});

test.run();
