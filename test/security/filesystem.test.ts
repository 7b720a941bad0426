// The analyzer and the file system: links in scanned folders are never followed (a canary behind one never shows),
// special files cannot stall it, nothing is written but the outputs asked for, and those are replaced atomically.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import { linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { nodeBundle } from '../helpers/mini-bundle.js';
import { errorsFor, GOOD_MANIFEST, goodFindingIn, jsonReport, removeDir, scan, tarball, tarEntry, tempDir } from './support.js';

const test = suite('security/filesystem');
const CANARY = 'kcleak-outside-the-scanned-folder';
const secretYaml = `apiVersion: v1\nkind: Secret\nmetadata: {name: outside, namespace: default}\nstringData: {token: ${CANARY}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: ${CANARY}}\nspec: {containers: [{name: c, image: x, securityContext: {privileged: true}}]}\n`;
let tmp = '';
let outside = '';

test.before(() => {
  tmp = tempDir('fs');
  outside = path.join(tmp, 'outside');
  mkdirSync(path.join(outside, 'dir'), { recursive: true });
  writeFileSync(path.join(outside, 'secret.yaml'), secretYaml);
  writeFileSync(path.join(outside, 'dir', 'secret.yaml'), secretYaml);
  writeFileSync(path.join(outside, 'secret.tgz'), tarball([tarEntry({ path: 'secret.yaml' }, secretYaml)]));
});
test.after(() => removeDir(tmp));

/** Names, types, sizes and modification times of everything under a folder (links not followed). */
function tree(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(path.join(dir, rel)).sort()) {
      const r = path.join(rel, name);
      const st = lstatSync(path.join(dir, r));
      out.push(`${r} ${st.isDirectory() ? 'd' : st.isSymbolicLink() ? 'l' : st.isFile() ? 'f' : 'o'} ${st.size} ${st.mtimeMs} ${st.ino}`);
      if (st.isDirectory()) walk(r);
    }
  };
  walk('');
  return out;
}

test('links out of a scanned folder are reported, never read; a FIFO cannot stall the scan', () => {
  const scanned = path.join(tmp, 'scanned');
  mkdirSync(path.join(scanned, 'sub'), { recursive: true });
  writeFileSync(path.join(scanned, 'good.yaml'), GOOD_MANIFEST);
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(scanned, 'absolute-link.yaml'));
  symlinkSync('../../outside/secret.yaml', path.join(scanned, 'sub', 'relative-link.yaml'));
  symlinkSync(path.join(outside, 'dir'), path.join(scanned, 'dir-link'));
  symlinkSync(path.join(outside, 'secret.tgz'), path.join(scanned, 'archive-link.tgz'));
  symlinkSync(path.join(scanned, 'good.yaml'), path.join(scanned, 'inside-link.yaml'));
  linkSync(path.join(outside, 'secret.yaml'), path.join(scanned, 'hard-link.yaml')); // a hard link is the file itself
  execFileSync('mkfifo', [path.join(scanned, 'fifo.yaml')]);
  const before = tree(scanned);
  const r = scan(['--format', 'json', scanned], { timeout: 20_000 });
  const report = jsonReport(r);
  assert.ok(goodFindingIn(report, 'good.yaml'));
  const want: [string, string][] = [
    ['absolute-link.yaml', 'symbolic link not followed'],
    ['archive-link.tgz', 'symbolic link not followed'],
    ['fifo.yaml', 'not a regular file'],
    ['inside-link.yaml', 'symbolic link not followed'],
    ['sub/relative-link.yaml', 'symbolic link not followed'],
  ];
  for (const [file, message] of want) assert.equal(errorsFor(report, file).map((e) => e.message), [message], file);
  assert.equal(report.errors.length, want.length, JSON.stringify(report.errors));
  assert.not.ok(report.results.some((x) => x.location?.file.startsWith('dir-link')), 'a linked folder is not entered');
  // The hard link is a regular file of the scanned folder: read, as any file there (what it holds is the user's).
  assert.ok(report.results.some((x) => x.location?.file === 'hard-link.yaml'));
  assert.equal(tree(scanned), before, 'the scanned folder is untouched');

  const withoutHardLink = path.join(tmp, 'scanned-2');
  mkdirSync(withoutHardLink);
  writeFileSync(path.join(withoutHardLink, 'good.yaml'), GOOD_MANIFEST);
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(withoutHardLink, 'link.yaml'));
  symlinkSync(path.join(outside, 'dir'), path.join(withoutHardLink, 'dir-link'));
  for (const format of ['json', 'text', 'sarif', 'html', 'junit']) {
    const out = scan(['--format', format, '--verbose', '--debug', withoutHardLink]);
    assert.not.ok((out.stdout + out.stderr).includes(CANARY), `${format}: the canary behind a link never shows`);
  }
});

test('a link as a bundle member is refused and named; the bundle is read without it', () => {
  const dir = path.join(tmp, 'bundle');
  const b = nodeBundle({
    'processes/kubelet.cmdline': Buffer.from('kubelet\0--anonymous-auth=true\0'),
    'files/var/lib/kubelet/config.yaml': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n',
  });
  for (const [name, data] of b.members) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
  symlinkSync(path.join(outside, 'secret.yaml'), path.join(dir, 'files', 'etc-shadow.yaml'));
  const report = jsonReport(scan(['--format', 'json', dir]));
  assert.equal(errorsFor(report, `${dir}/files/etc-shadow.yaml`).map((e) => e.message), ['symbolic link not followed']);
  assert.ok(report.results.some((x) => x.target.name === 'node-1'), 'the node was read');
  assert.not.ok(JSON.stringify(report).includes(CANARY));
});

test('writes nothing but the outputs asked for: not in the scanned folder, not in the working folder', () => {
  const scanned = path.join(tmp, 'ro');
  mkdirSync(scanned);
  writeFileSync(path.join(scanned, 'good.yaml'), GOOD_MANIFEST);
  writeFileSync(path.join(scanned, 'archive.tgz'), tarball([tarEntry({ path: 'a.yaml' }, GOOD_MANIFEST)]));
  const cwd = path.join(tmp, 'cwd');
  const out = path.join(tmp, 'out');
  mkdirSync(cwd);
  mkdirSync(out);
  const before = tree(scanned);
  const r = scan(['--format', 'json', '-o', path.join(out, 'r.json'), '--output', `sarif=${path.join(out, 'r.sarif')}`, '--output', `html=${path.join(out, 'r.html')}`, scanned], { cwd });
  assert.is(r.code, 1, r.stderr);
  assert.is(r.stdout, '');
  assert.equal(tree(scanned), before);
  assert.equal(readdirSync(cwd), []);
  assert.equal(readdirSync(out).sort(), ['r.html', 'r.json', 'r.sarif'], 'exactly the outputs asked for, no temporary file left');
  // Scanning from inside the folder, with output to stdout only: still nothing new anywhere.
  scan(['good.yaml', 'archive.tgz'], { cwd: scanned });
  assert.equal(tree(scanned), before);
});

test('outputs are replaced atomically (a new file renamed over the old), never written through a link', () => {
  const dir = path.join(tmp, 'atomic');
  mkdirSync(dir);
  const report = path.join(dir, 'report.json');
  writeFileSync(report, 'old report\n');
  const keep = path.join(dir, 'old-report-hard-link');
  linkSync(report, keep);
  const victim = path.join(tmp, 'victim.txt');
  writeFileSync(victim, 'must stay\n');
  const linked = path.join(dir, 'linked.sarif');
  symlinkSync(victim, linked);
  const inode = statSync(report).ino;
  const r = scan(['--format', 'json', '-o', report, '--output', `sarif=${linked}`, path.join(tmp, 'ro', 'good.yaml')]);
  assert.is(r.code, 1, r.stderr);
  assert.is.not(statSync(report).ino, inode, 'a new file took the old one\'s name');
  assert.is(readFileSync(keep, 'utf8'), 'old report\n', 'the old file was never truncated or rewritten in place');
  assert.ok(JSON.parse(readFileSync(report, 'utf8')).results.length > 0);
  assert.is(readFileSync(victim, 'utf8'), 'must stay\n', 'a link at the output path is replaced, not written through');
  assert.ok(lstatSync(linked).isFile());
  assert.equal(readdirSync(dir).sort(), ['linked.sarif', 'old-report-hard-link', 'report.json']);
});

test('an output that cannot be written is one clear error line and exit 2', () => {
  const r = scan(['--format', 'json', '-o', path.join(tmp, 'no-such-folder', 'r.json'), path.join(tmp, 'ro', 'good.yaml')]);
  assert.is(r.code, 2);
  assert.match(r.stderr, /no-such-folder/);
  assert.is(r.stderr.trim().split('\n').length, 1, r.stderr);
});

test.run();
