import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { checkFile, checkFileSet, checkPaths, octal, ownerMatches, ROOT, statOf, statsUnder } from '../../lib/rule/file-mode.js';
import type { FileStat, NodeFacts } from '../../lib/model/types.js';
import { nodeOf } from '../helpers/mini-bundle.js';

const HEADER = '# path\ttype\tmode\tuid\tgid\tuser\tgroup\trealpath\n';
const node = (...lines: string[]): NodeFacts => nodeOf({ 'stats.tsv': HEADER + lines.map((l) => `${l}\n`).join('') });
const st = (over: Partial<FileStat>): FileStat => ({ path: '/f', exists: true, type: 'file', loc: { file: 'x', line: 1, column: 1 }, ...over });

const test = suite('rule/file-mode');

test('octal', () => {
  assert.equal([octal(0o600), octal(0o4755), octal(0)], ['0600', '4755', '0000']);
});

test('"this mode or more restrictive" is a bitmask test', () => {
  const want = { mode: 0o600, ifMissing: 'error' as const, what: 'the file' };
  const cases: [string, string][] = [['0600', 'pass'], ['0400', 'pass'], ['0000', 'pass'], ['0640', 'fail'], ['0700', 'fail'], ['0601', 'fail'], ['4600', 'fail'], ['1600', 'fail']];
  for (const [mode, status] of cases) {
    const n = node(`/f\tfile\t${mode}\t0\t0\troot\troot\t-`);
    assert.is(checkFile(n, { path: '/f', how: 'test' }, want).status, status, mode);
  }
});

test('owners: names first, ids for root only, unknown otherwise', () => {
  assert.is(ownerMatches(st({ user: 'root', group: 'root', uid: 5, gid: 5 }), ROOT), true, 'names win over ids');
  assert.is(ownerMatches(st({ uid: 0, gid: 0 }), ROOT), true);
  assert.is(ownerMatches(st({ uid: 0, gid: 1 }), ROOT), false);
  assert.is(ownerMatches(st({ uid: 998, gid: 998 }), { user: 'etcd', group: 'etcd' }), undefined);
  assert.is(ownerMatches(st({ uid: 0, gid: 0 }), { user: 'etcd', group: 'etcd' }), false);
  assert.is(ownerMatches(st({ user: 'etcd', gid: 998 }), { user: 'etcd', group: 'etcd' }), undefined);
  assert.is(ownerMatches(st({}), ROOT), undefined);
});

test('missing, not collected, links followed through realpath', () => {
  const n = node(
    '/gone\tmissing\t-\t-\t-\t-\t-\t-',
    '/link\tlink\t0777\t0\t0\troot\troot\t/target',
    '/target\tfile\t0644\t0\t0\troot\troot\t-',
    '/dangling\tlink\t0777\t0\t0\troot\troot\t/nowhere',
  );
  const want = { mode: 0o600, ifMissing: 'not-applicable' as const, what: 'the file' };
  assert.is(statOf(n, '/link')?.path, '/target');
  const linked = checkFile(n, { path: '/link', how: 'test' }, want);
  assert.equal([linked.status, linked.loc?.line], ['fail', 4]);
  assert.equal([checkFile(n, { path: '/gone', how: 'test' }, want).status, checkFile(n, { path: '/gone', how: 'test' }, { ...want, ifMissing: 'error' }).status], ['not-applicable', 'error']);
  const notCollected = checkFile(n, { path: '/nope', how: 'named by a flag' }, want);
  assert.equal([notCollected.status, notCollected.message], ['error', 'the stat of the file "/nope" (named by a flag) is missing from the bundle']);
  assert.is(checkFile(n, { path: '/dangling', how: 'test' }, want).status, 'manual');
});

test('several paths: optional ones may be absent from stats; every existing one must comply', () => {
  const n = node('/a\tfile\t0600\t0\t0\troot\troot\t-', '/b\tfile\t0644\t0\t0\troot\troot\t-');
  const want = { mode: 0o600, ifMissing: 'not-applicable' as const, what: 'kubeconfig' };
  const v = checkPaths(n, [{ path: '/a', how: 'a' }, { path: '/b', how: 'b' }, { path: '/c', how: 'c', optional: true }], want);
  assert.equal([v.status, v.loc?.line, v.message], ['fail', 3, '"/b" has mode 0644, more permissive than 0600 (kubeconfig, b)']);
  assert.is(checkPaths(n, [{ path: '/a', how: 'a' }, { path: '/c', how: 'c', optional: true }], want).status, 'pass');
});

test('file sets: the first offender is located, counts in the message', () => {
  const n = node(
    '/d\tdir\t0755\t0\t0\troot\troot\t-',
    '/d/1\tfile\t0600\t0\t0\troot\troot\t-',
    '/d/2\tfile\t0644\t0\t0\troot\troot\t-',
    '/d/3\tfile\t0666\t0\t0\troot\troot\t-',
    '/dx\tfile\t0777\t0\t0\troot\troot\t-',
  );
  const files = statsUnder(n, '/d').filter((s) => s.type === 'file');
  assert.equal(files.map((f) => f.path), ['/d/1', '/d/2', '/d/3']);
  const v = checkFileSet(n, files, { mode: 0o600 }, { what: 'files', how: 'under /d' });
  assert.equal([v.status, v.loc?.line], ['fail', 4]);
  assert.match(v.message, /^2 of 3 files fail: "\/d\/2" has mode 0644/);
});

test('nodes known only through the API are manual', () => {
  const api = { ...node(), evidence: 'api' as const } as NodeFacts;
  assert.is(checkFile(api, { path: '/x', how: 'test' }, { mode: 0o600, ifMissing: 'error', what: 'x' }).status, 'manual');
  assert.is(checkFileSet(api, [], { mode: 0o600 }, { what: 'x', how: 'y' }).status, 'manual');
});

test.run();
