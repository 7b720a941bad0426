// Attacks on the loader through the built CLI: every hostile file or archive member becomes an error naming it,
// nothing crashes or hangs, the rest of the input is still scanned, and exit code 2 means nothing readable remained.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createHash } from 'node:crypto';
import { fromRoot } from '../helpers/paths.js';
import {
  errorsFor, GOOD_MANIFEST, goodFindingIn, jsonReport, removeDir, scan, tarball, tarEntry, tempDir, writeGzipBomb, writeHugeScalar,
  type JsonReport,
} from './support.js';

const test = suite('security/hostile-input');
let tmp = '';

test.before(() => {
  tmp = tempDir('hostile');
});
test.after(() => removeDir(tmp));

const lol = (n: number) => {
  // Billion laughs: nine levels of nine aliases each expand to 9^9 (387 million) strings.
  const lines = ['apiVersion: v1', 'kind: ConfigMap', 'metadata: {name: laughs}', 'data:', '  a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  const names = 'abcdefghijklmnopq'.slice(0, n);
  for (let i = 1; i < n; i++) lines.push(`  ${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
  return `${lines.join('\n')}\n`;
};
const DEEP = 10_000;
const PWNED = () => path.join(tmp, 'PWNED');

/** Files that must each become an error entry (and, alone, exit 2). */
const UNREADABLE: { file: string; content: () => string | Buffer; error: RegExp }[] = [
  { file: 'alias-bomb.yaml', content: () => lol(9), error: /alias expansions.*--max-aliases/ },
  { file: 'deep-flow.yaml', content: () => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata: ${'['.repeat(DEEP)}${']'.repeat(DEEP)}\n`, error: /nested|deep/ },
  {
    file: 'deep-block.yaml',
    content: () => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n${Array.from({ length: DEEP }, (_, i) => `${' '.repeat(i + 2)}k:`).join('\n')}\n`,
    error: /nested|deep/,
  },
  { file: 'deep-seq.yaml', content: () => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\ndata:\n${Array.from({ length: DEEP }, (_, i) => `${' '.repeat(i * 2 + 2)}-`).join('\n')} x\n`, error: /nested|deep|invalid YAML/ },
  { file: 'deep.json', content: () => `{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"deep"},"data":${'['.repeat(DEEP)}${']'.repeat(DEEP)}}`, error: /nested deeper than 200 levels \(--max-depth\)/ },
  { file: 'invalid-utf8.yaml', content: () => Buffer.concat([GOOD_MANIFEST, Buffer.from([0x78, 0x3a, 0x20, 0xc3, 0x28, 0xff, 0xfe, 0x0a])]), error: /not valid UTF-8/ },
  { file: 'nul-bytes.yaml', content: () => Buffer.concat([GOOD_MANIFEST, Buffer.from('x: a\0b\n')]), error: /binary file/ },
  { file: 'image.yaml', content: () => Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63fcffff3f0005fe02fea7d6a4f40000000049454e44ae426082', 'hex'), error: /binary file/ },
  { file: 'script.yaml', content: () => '#!/bin/sh\nset -e\nrm -rf "$HOME/.cache"\n', error: /document 1 is a plain value, not a Kubernetes object/ },
  { file: 'script-with-colon.yaml', content: () => '#!/bin/sh\nset -e\necho "done: $(id -u)"\n', error: /invalid YAML/ },
  { file: 'prose.json', content: () => '["not", "a", "manifest"]', error: /document 1 is a list, not a Kubernetes object/ },
  { file: 'duplicate-keys.yaml', content: () => 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\n  name: b\nspec: {containers: [{name: c, image: x}]}\n', error: /invalid YAML \(duplicate key\)/ },
  { file: 'unterminated.yaml', content: () => 'apiVersion: v1\nkind: Pod\nmetadata: {name: "x\n', error: /invalid YAML/ },
];

/** Hostile but readable: the object is read (tags as plain data), positions stay right. */
const READABLE: { file: string; content: () => string | Buffer; check: (r: JsonReport) => void }[] = [
  {
    file: 'bom.yaml',
    content: () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), GOOD_MANIFEST]),
    check: (r) => assert.ok(goodFindingIn(r, 'bom.yaml'), 'a BOM does not shift positions'),
  },
  {
    file: 'crlf.yaml',
    content: () => GOOD_MANIFEST.toString('utf8').replace(/\n/g, '\r\n'),
    check: (r) => assert.ok(goodFindingIn(r, 'crlf.yaml'), 'CRLF line endings keep line and column'),
  },
  {
    file: 'tags.yaml',
    content: () => [
      'apiVersion: v1', 'kind: Pod', 'metadata:', '  name: tagged', 'spec:',
      '  blob: !!binary aGVsbG8=', '  when: !!timestamp 2001-12-14', '  set: !!set {a, b}', '  pairs: !!omap [{a: 1}]',
      `  run: !!js/function "function () { require('fs').writeFileSync('${PWNED()}', 'x') }"`,
      '  undef: !!js/undefined', '  re: !!js/regexp /x/', '  python: !!python/object/apply:os.system ["touch PWNED"]',
      '  containers: [{name: c, image: "registry.example/c:1", securityContext: {privileged: !!bool true}}]', '',
    ].join('\n'),
    check: (r) => assert.ok(r.results.some((x) => x.controlId === '5.2.2' && x.status === 'fail' && x.target.name === 'tagged'), 'the tagged Pod is read and judged'),
  },
  {
    file: 'huge-numbers.json',
    content: () => JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'numbers' }, spec: { containers: [{ name: 'c', image: 'x', securityContext: { runAsUser: 0, privileged: true } }] } })
      .replace('"runAsUser":0', `"runAsUser":1e999999,"runAsGroup":${'9'.repeat(400)},"fsGroup":-1e-999999`),
    check: (r) => assert.ok(r.results.some((x) => x.target.name === 'numbers' && x.status === 'fail'), 'the Pod with huge numbers is read and judged'),
  },
];

function writeCorpus(dir: string): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'good.yaml'), GOOD_MANIFEST);
  for (const c of [...UNREADABLE, ...READABLE]) writeFileSync(path.join(dir, c.file), c.content());
}

test('a folder of hostile files: one error per bad file, readable ones read right, the rest scanned', () => {
  const dir = path.join(tmp, 'corpus');
  writeCorpus(dir);
  const r = scan(['--format', 'json', dir]);
  assert.is(r.code, 1, r.stderr);
  const report = jsonReport(r);
  assert.ok(goodFindingIn(report, 'good.yaml'), 'the good file is still scanned');
  for (const c of UNREADABLE) {
    const errs = errorsFor(report, c.file);
    assert.is(errs.length, 1, `${c.file}: one error, got ${JSON.stringify(errs)}`);
    assert.match(errs[0].message, c.error, `${c.file}: ${errs[0].message}`);
  }
  for (const c of READABLE) {
    assert.equal(errorsFor(report, c.file), [], `${c.file} has no error`);
    c.check(report);
  }
  assert.equal(report.errors.map((e) => e.file).filter((f) => !UNREADABLE.some((c) => c.file === f)), [], 'no other errors');
  assert.not.ok(existsSync(PWNED()), 'no YAML tag was executed');
});

test('a folder of only unreadable files: exit 2, one stderr line naming each, no stack trace', () => {
  const dir = path.join(tmp, 'unreadable');
  mkdirSync(dir);
  for (const c of UNREADABLE) writeFileSync(path.join(dir, c.file), c.content());
  writeFileSync(path.join(dir, 'escape\x1b]0;title\x07\x1b[2J.yaml'), 'a: [\n');
  const r = scan([dir]);
  assert.is(r.code, 2, r.stderr);
  assert.not.match(r.stderr, /[\x1b\x07]/, 'no terminal control sequence from a file name reaches stderr');
  assert.match(r.stderr, /kubecis: escape\?\]0;title\?\?\[2J\.yaml:2: invalid YAML/);
  for (const c of UNREADABLE) {
    assert.ok(r.stderr.split('\n').some((l) => l.startsWith(`kubecis: ${c.file}`) && c.error.test(l)), `${c.file}: stderr names it:\n${r.stderr}`);
  }
  assert.match(r.stderr, /no readable Kubernetes objects/);
});

test('CRLF line endings: every location equals the LF one (List dumps, multi-document Helm output)', () => {
  const lf = path.join(tmp, 'lf');
  const crlf = path.join(tmp, 'crlf');
  mkdirSync(lf);
  mkdirSync(crlf);
  for (const f of ['list-dump.yaml', path.join('helm', 'rendered.yaml'), path.join('app', 'deploy.yaml')]) {
    const text = readFileSync(fromRoot('test', 'fixtures', 'cli', f), 'utf8');
    const name = path.basename(f);
    writeFileSync(path.join(lf, name), text);
    writeFileSync(path.join(crlf, name), text.replace(/\n/g, '\r\n'));
  }
  const where = (dir: string) => jsonReport(scan(['--format', 'json', '--benchmark', 'cis-1.12', dir])).results.map((x) => [x.controlId, x.status, x.target.name, x.location]);
  const a = where(lf);
  assert.ok(a.filter((x) => x[3]).length > 10, 'findings with locations');
  assert.equal(where(crlf), a);
});

test('a 200 MB scalar: read under the default --max-file-size, a clean error under a lower one', () => {
  const dir = path.join(tmp, 'huge');
  mkdirSync(dir);
  const huge = path.join(dir, 'huge.yaml');
  writeHugeScalar(huge, 200);
  writeFileSync(path.join(dir, 'good.yaml'), GOOD_MANIFEST);
  const r = scan(['--format', 'json', dir], { timeout: 60_000 });
  const report = jsonReport(r);
  assert.equal(report.errors, []);
  assert.is(report.scan.resources, 3, 'the huge ConfigMap and the good file are read');
  const limited = scan(['--max-file-size', String(100 * 1024 * 1024), huge]);
  assert.is(limited.code, 2);
  assert.match(limited.stderr, /huge\.yaml: file is 209715\d+ bytes, larger than the limit of 104857600 \(--max-file-size\)/);
});

test('inputs that used to cost quadratic time finish: blank lines, a long Source comment, big mappings, many anchors', () => {
  // Each took minutes before its fix (1 MB or so each); linear now, so the run's deadline is a hang detector.
  const dir = path.join(tmp, 'quadratic');
  mkdirSync(dir);
  const pod = GOOD_MANIFEST.toString('utf8');
  const keys = (n: number) => Array.from({ length: n }, (_, i) => `  k${i}: v`).join('\n');
  writeFileSync(path.join(dir, 'blank-lines.yaml'), `${'\n'.repeat(1_000_000)}${pod}`);
  writeFileSync(path.join(dir, 'source-comment.yaml'), `# Source: chart/templates/x.yaml${' '.repeat(1_000_000)}.\n${pod}`);
  // A syntax error anywhere (or an anchor) sends a document to the yaml parser, whose duplicate check was quadratic.
  writeFileSync(path.join(dir, 'big-broken-mapping.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: big}\ndata:\n${keys(80_000)}\n  broken: [\n`);
  writeFileSync(path.join(dir, 'many-aliases.yaml'), `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: aliases}\ndata:\n${Array.from({ length: 20_000 }, (_, i) => `  k${i}: &a${i} v\n  r${i}: *a${i}`).join('\n')}\n`);
  writeFileSync(path.join(dir, '.kubecis.yaml'), `allowedRegistries: [registry.example]\nx:\n${keys(60_000)}\n`);
  const report = jsonReport(scan(['--format', 'json', dir], { timeout: 45_000 }));
  for (const f of ['blank-lines.yaml']) assert.ok(report.results.some((x) => x.location?.file === f && x.target.name === 'web'), `${f} is read`);
  assert.ok(report.results.some((x) => x.location?.file === 'source-comment.yaml'), 'source-comment.yaml is read');
  assert.equal(errorsFor(report, 'big-broken-mapping.yaml').map((e) => /^invalid YAML/.test(e.message)), [true]);
  assert.equal(errorsFor(report, 'many-aliases.yaml').map((e) => e.message), ['more than 1000 anchors and aliases in one document (--max-aliases)']);
});

test('standard input is read only up to --max-file-size', () => {
  const big = Buffer.concat([GOOD_MANIFEST, Buffer.alloc(2 * 1024 * 1024, '#')]);
  const r = scan(['--max-file-size', '100000', '-'], { input: big });
  assert.is(r.code, 2);
  assert.match(r.stderr, /^kubecis: -: input larger than the limit of 100000 bytes \(--max-file-size\)$/m);
  const ok = jsonReport(scan(['--format', 'json', '-'], { input: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), GOOD_MANIFEST]) }));
  assert.ok(goodFindingIn(ok, '-'), 'stdin with a BOM keeps its positions');
});

// --- archives -----------------------------------------------------------------------------------------------

test('hostile tar entries: ../, absolute paths, links, devices, FIFOs, duplicates, escapes; the good member is scanned', () => {
  const tgz = path.join(tmp, 'evil.tgz');
  writeFileSync(tgz, tarball([
    tarEntry({ path: 'good.yaml' }, GOOD_MANIFEST),
    tarEntry({ path: '../escape.yaml' }, GOOD_MANIFEST),
    tarEntry({ path: 'a/../../up.yaml' }, GOOD_MANIFEST),
    tarEntry({ path: '/etc/absolute.yaml' }, GOOD_MANIFEST),
    tarEntry({ path: 'C:\\windows.yaml' }, GOOD_MANIFEST),
    tarEntry({ path: 'symlink.yaml', type: 'SymbolicLink', linkpath: '/etc/shadow' }),
    tarEntry({ path: 'hardlink.yaml', type: 'Link', linkpath: '/etc/shadow' }),
    tarEntry({ path: 'char.yaml', type: 'CharacterDevice', devmaj: 1, devmin: 3 }),
    tarEntry({ path: 'block.yaml', type: 'BlockDevice', devmaj: 8, devmin: 0 }),
    tarEntry({ path: 'fifo.yaml', type: 'FIFO' }),
    tarEntry({ path: 'good.yaml' }, 'apiVersion: v1\nkind: Pod\nmetadata: {name: impostor}\n'),
    tarEntry({ path: 'dir/', type: 'Directory' }),
    tarEntry({ path: 'dir/\x1b[2Jansi.yaml' }, 'apiVersion: v1\nkind: Namespace\nmetadata: {name: "\\e]0;pwned\\a"}\n'),
  ]));
  const r = scan(['--format', 'json', tgz]);
  const report = jsonReport(r);
  assert.ok(goodFindingIn(report, `${tgz}!good.yaml`));
  const want: [string, RegExp][] = [
    ['../escape.yaml', /path with "\.\."/],
    ['a/../../up.yaml', /path with "\.\."/],
    ['/etc/absolute.yaml', /absolute path/],
    ['C:\\windows.yaml', /absolute path/],
    ['symlink.yaml', /symbolic link in archive not followed/],
    ['hardlink.yaml', /hard link in archive not followed/],
    ['char.yaml', /unsupported archive entry type CharacterDevice/],
    ['block.yaml', /unsupported archive entry type BlockDevice/],
    ['fifo.yaml', /unsupported archive entry type FIFO/],
    ['good.yaml', /duplicate member name in archive; the first one was kept/],
  ];
  for (const [member, re] of want) {
    const errs = errorsFor(report, `${tgz}!${member}`);
    assert.is(errs.length, 1, `${member}: ${JSON.stringify(report.errors)}`);
    assert.match(errs[0].message, re);
  }
  assert.is(report.errors.length, want.length);
  assert.not.ok(report.results.some((x) => x.target.name === 'impostor'), 'the duplicate never replaces the first member');
  const text = scan(['--no-color', tgz]);
  assert.not.match(text.stdout, /\x1b/, 'no terminal escape from a member name or object name reaches the text report');
});

test('a truncated gzip: members before the cut are scanned, the cut member is refused, the archive error is named', () => {
  // The second member carries 30 KB of incompressible (hash-chain) text, so cutting the gzip at 60% lands inside it.
  let h = createHash('sha256').update('seed').digest();
  const noise: string[] = [];
  for (let i = 0; i < 1000; i++) noise.push(`# ${(h = createHash('sha256').update(h).digest()).toString('base64')}`);
  const later = Buffer.concat([GOOD_MANIFEST, Buffer.from(`${noise.join('\n')}\n`)]);
  const full = tarball([tarEntry({ path: 'good.yaml' }, GOOD_MANIFEST), tarEntry({ path: 'later.yaml' }, later)]);
  const tgz = path.join(tmp, 'truncated.tgz');
  writeFileSync(tgz, full.subarray(0, Math.floor(full.length * 0.6)));
  const report = jsonReport(scan(['--format', 'json', tgz]));
  assert.ok(goodFindingIn(report, `${tgz}!good.yaml`), 'the complete member is scanned');
  assert.equal(errorsFor(report, tgz).map((e) => e.message), ['cannot read archive: compressed data is truncated or corrupt']);
  assert.match(errorsFor(report, `${tgz}!later.yaml`)[0]?.message ?? '', /member is truncated \(\d+ of \d+ bytes\); it was not read/);
  assert.not.ok(goodFindingIn(report, `${tgz}!later.yaml`));
});

test('archives that are not archives: garbage, empty, corrupt gzip, gzip twice; each is named, and alone they exit 2', () => {
  const cases: [string, Buffer, RegExp][] = [
    ['garbage.tgz', Buffer.from('this is not gzip at all\n'.repeat(100)), /archive problem: Unrecognized archive format|archive is damaged/],
    ['empty.tgz', Buffer.alloc(0), /Unrecognized archive format|empty/],
    ['bad-gzip.tgz', Buffer.concat([Buffer.from([0x1f, 0x8b, 0x08, 0x00]), Buffer.alloc(100, 0x41)]), /compressed data is truncated or corrupt/],
    ['twice.tgz', gzipSync(tarball([tarEntry({ path: 'good.yaml' }, GOOD_MANIFEST)])), /compressed twice/],
  ];
  for (const [name, data] of cases) writeFileSync(path.join(tmp, name), data);
  const r = scan(cases.map(([name]) => path.join(tmp, name)));
  assert.is(r.code, 2, r.stderr);
  for (const [name, , re] of cases) {
    assert.ok(r.stderr.split('\n').some((l) => l.startsWith(`kubecis: ${path.join(tmp, name)}: `) && re.test(l)), `${name}:\n${r.stderr}`);
  }
});

test('gzip bombs stop at --max-archive-size, whatever the headers claim; the next input is still scanned', () => {
  const big = path.join(tmp, 'bomb-big-member.tgz');
  writeGzipBomb(big, 1024, 1024 * 1024 * 1024); // 1 GiB of zeros in one member that says so: skipped, yet expanded
  const good = path.join(tmp, 'good.yaml');
  writeFileSync(good, GOOD_MANIFEST);
  const limit = String(64 * 1024 * 1024);
  let report = jsonReport(scan(['--format', 'json', '--max-archive-size', limit, '--max-file-size', String(32 * 1024 * 1024), big, good]));
  assert.ok(goodFindingIn(report, good));
  assert.equal(errorsFor(report, big).map((e) => e.message), [`archive expands past ${limit} bytes (--max-archive-size); the rest was not read`]);

  const liar = path.join(tmp, 'bomb-small-header.tgz');
  writeGzipBomb(liar, 1024, 100); // a header claiming 100 bytes, then 1 GiB of zeros: ends at the end-of-archive marker
  report = jsonReport(scan(['--format', 'json', liar, good]));
  assert.ok(goodFindingIn(report, good));
  assert.equal(errorsFor(report, `${liar}!zeros.yaml`).map((e) => e.message), ['binary file (contains NUL bytes)']);

  const junk = path.join(tmp, 'bomb-junk.tgz');
  const header = tarEntry({ path: 'x.yaml', size: 0 });
  const aaa = gzipSync(Buffer.alloc(1024 * 1024, 0x41), { level: 9 });
  writeFileSync(junk, Buffer.concat([gzipSync(header), ...Array(256).fill(aaa)])); // no end marker: 256 MiB of junk headers
  report = jsonReport(scan(['--format', 'json', junk, good]));
  assert.ok(goodFindingIn(report, good));
  const msgs = errorsFor(report, junk).map((e) => e.message);
  assert.ok(msgs.length <= 12, `archive problems are capped: ${msgs.length}`);
  assert.ok(msgs.some((m) => /archive is damaged \(more than 1000 problems\); the rest was not read/.test(m)), msgs.join('\n'));
});

test('100,000 tiny entries stop at --max-entries; millions are bounded the same way', () => {
  const n = 100_000;
  const blocks: Buffer[] = [];
  for (let i = 0; i < n; i++) blocks.push(tarEntry({ path: `m/${String(i).padStart(6, '0')}.yaml`, size: 0 }));
  blocks.push(tarEntry({ path: 'z-good.yaml' }, GOOD_MANIFEST));
  const tgz = path.join(tmp, 'many.tgz');
  writeFileSync(tgz, gzipSync(Buffer.concat([...blocks, Buffer.alloc(1024)]), { level: 1 }));
  const good = path.join(tmp, 'good.yaml');
  writeFileSync(good, GOOD_MANIFEST);
  const r = scan(['--format', 'json', '--max-entries', '1000', tgz, good], { timeout: 20_000 });
  const report = jsonReport(r);
  assert.equal(errorsFor(report, tgz).map((e) => e.message), ['archive has more than 1000 entries (--max-entries); the rest was not read']);
  assert.not.ok(goodFindingIn(report, `${tgz}!z-good.yaml`), 'nothing past the limit is read');
  assert.ok(goodFindingIn(report, good), 'the next input is still scanned');
  // Under the default limit the same archive is read whole, including the last member.
  const all = jsonReport(scan(['--format', 'json', tgz], { timeout: 20_000 }));
  assert.ok(goodFindingIn(all, `${tgz}!z-good.yaml`));
});

test.run();
