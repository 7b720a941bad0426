// Loader: folders (recursive, sorted, skipping .git/node_modules, not following links), files, archives in memory.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { create as tarCreate } from 'tar';
import { loadInputs, unsafeMemberReason, decodeText } from '../../lib/load/sources.js';
import { loadSnapshot } from '../../lib/load/index.js';

const test = suite('load/sources');
let dir = '';

const POD = (name: string) => `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\n  namespace: demo\nspec:\n  containers: [{name: c, image: nginx}]\n`;

test.before(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'kubecis-load-'));
  const tree = path.join(dir, 'tree');
  mkdirSync(path.join(tree, 'b', 'deep'), { recursive: true });
  mkdirSync(path.join(tree, '.git'), { recursive: true });
  mkdirSync(path.join(tree, 'node_modules', 'x'), { recursive: true });
  writeFileSync(path.join(tree, 'z.yaml'), POD('z'));
  writeFileSync(path.join(tree, 'a.yml'), POD('a'));
  writeFileSync(path.join(tree, 'b', 'deep', 'm.json'), JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'm' } }));
  writeFileSync(path.join(tree, 'b', 'notes.txt'), 'not a manifest');
  writeFileSync(path.join(tree, '.git', 'x.yaml'), POD('git'));
  writeFileSync(path.join(tree, 'node_modules', 'x', 'x.yaml'), POD('nm'));
  writeFileSync(path.join(tree, '.kubecis.yaml'), 'waivers: []\n');
  writeFileSync(path.join(dir, 'outside.yaml'), POD('outside'));
  symlinkSync(path.join(dir, 'outside.yaml'), path.join(tree, 'link.yaml'));
  const arch = path.join(dir, 'arch');
  mkdirSync(path.join(arch, 'manifests'), { recursive: true });
  writeFileSync(path.join(arch, 'manifests', 'p.yaml'), POD('in-archive'));
  writeFileSync(path.join(arch, 'manifests', 'broken.yaml'), 'kind: [\n');
});

test.after(() => rmSync(dir, { recursive: true, force: true }));

test('folder: recursive, sorted, manifest extensions only, skips .git, node_modules, own config and links', async () => {
  const out = await loadInputs([path.join(dir, 'tree')]);
  assert.equal(out.sources.map((s) => s.file), ['a.yml', 'b/deep/m.json', 'z.yaml']);
  assert.equal(out.bundles, []);
});

test('single file keeps the path as given; missing input is an error naming it', async () => {
  const f = path.join(dir, 'outside.yaml');
  const out = await loadInputs([f, path.join(dir, 'nope.yaml')]);
  assert.equal(out.sources.map((s) => s.file), [f.split(path.sep).join('/')]);
  assert.equal(out.errors.map((e) => e.message), ['no such file or folder']);
});

test('tar.gz archive is read in memory; member paths name the archive; bad members are errors', async () => {
  const tgz = path.join(dir, 'bundle-like.tgz');
  await tarCreate({ gzip: true, file: tgz, cwd: path.join(dir, 'arch') }, ['manifests']);
  const before = readdirSync(dir).sort();
  const snap = await loadSnapshot([tgz]);
  assert.equal(readdirSync(dir).sort(), before, 'nothing is extracted to disk');
  const name = tgz.split(path.sep).join('/');
  assert.equal(snap.resources.map((r) => [r.name, r.file]), [['in-archive', `${name}!manifests/p.yaml`]]);
  assert.is(snap.errors.length, 1);
  assert.is(snap.errors[0].file, `${name}!manifests/broken.yaml`);
});

test('not an archive: an error, not a crash', async () => {
  const f = path.join(dir, 'fake.tar.gz');
  writeFileSync(f, 'this is not gzip');
  const out = await loadInputs([f]);
  assert.ok(out.errors.length >= 1);
  assert.equal(out.sources, []);
});

test('stdin is read through the injected reader', async () => {
  const out = await loadSnapshot(['-'], { readStdin: async () => Buffer.from(POD('from-stdin')) });
  assert.equal(out.resources.map((r) => [r.name, r.file]), [['from-stdin', '-']]);
});

test('unsafe archive member names are refused', () => {
  assert.ok(unsafeMemberReason('/etc/passwd'));
  assert.ok(unsafeMemberReason('a/../../x.yaml'));
  assert.ok(unsafeMemberReason('..\\x.yaml'));
  assert.is(unsafeMemberReason('files/etc/kubernetes/manifests/etcd.yaml'), undefined);
});

test('binary and invalid UTF-8 are refused; a BOM is stripped', () => {
  assert.match(decodeText(Buffer.from([0x61, 0x00, 0x62])).error ?? '', /binary/);
  assert.match(decodeText(Buffer.from([0xff, 0xfe, 0x41])).error ?? '', /UTF-8/);
  assert.is(decodeText(Buffer.from('\ufeffkind: Pod', 'utf8')).text, 'kind: Pod');
});

test.run();
