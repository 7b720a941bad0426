// The node collector's container runtime evidence, under dash and busybox sh: containerd and CRI-O configuration
// (registry credentials redacted, TOML kept parseable), the CRI sockets in stats.tsv, and etcd backup timers; then
// the analyzer reads the bundle and the runtime rules judge it.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { accounts, proc, Tree } from '../fixtures/roots/build.js';
import { COLLECTOR, SHELLS, bundleProblems, leaked, parseStats, readBundle, run, tempDir, text, type Shell } from './support.js';
import { loadSnapshot } from '../../lib/load/index.js';
import { evaluateRule, makeContext } from '../../lib/engine/run.js';
import isolation from '../../rules/hardening/runtime-isolation-settings.js';
import socket from '../../rules/hardening/runtime-socket-permissions.js';
import backup from '../../rules/hardening/etcd-backup-present.js';

const CANARIES = ['KUBECIS-CANARY-REGISTRY-PASSWORD', 'KUBECIS-CANARY-REGISTRY-AUTH', 'KUBECIS-CANARY-IDENTITY-TOKEN', 'KUBECIS-CANARY-INLINE-PW', 'KUBECIS-CANARY-MULTILINE'];

const CONTAINERD = `version = 2
[plugins."io.containerd.grpc.v1.cri"]
  stream_server_address = "0.0.0.0"
  [plugins."io.containerd.grpc.v1.cri".registry.configs."registry.example.com".auth]
    username = "puller"
    password = "KUBECIS-CANARY-REGISTRY-PASSWORD"
    auth = 'KUBECIS-CANARY-REGISTRY-AUTH'
    identitytoken = """
KUBECIS-CANARY-MULTILINE
"""
  [plugins."io.containerd.grpc.v1.cri".registry.configs."mirror.example.com"]
    auth = { username = "u", password = "KUBECIS-CANARY-INLINE-PW" }
  [plugins."io.containerd.grpc.v1.cri".registry.configs."mirror.example.com".tls]
    insecure_skip_verify = true
  [plugins."io.containerd.grpc.v1.cri".registry.configs."other.example.com".auth]
    identitytoken = "KUBECIS-CANARY-IDENTITY-TOKEN"
`;

const CRIO_DROP_IN = `[crio.runtime]
default_capabilities = [
  "CHOWN",
  "NET_RAW",
]
`;

const TIMER = '[Unit]\nDescription=etcd snapshot\n\n[Timer]\nOnCalendar=daily\nUnit=etcd-snapshot.service\n\n[Install]\nWantedBy=timers.target\n';
const SERVICE = '[Service]\nType=oneshot\nExecStart=/usr/local/bin/etcdctl --endpoints=https://127.0.0.1:2379 snapshot save /var/backups/etcd/snap.db\n';

let base = '';
let tmp = '';
let root = '';
let procDir = '';
const bundles = new Map<Shell, string>();

const test = suite('collector: container runtime evidence');

test.before(async () => {
  base = tempDir('kubecis-runtime-');
  tmp = path.join(base, 'tmp');
  fs.mkdirSync(tmp);
  root = path.join(base, 'root');
  procDir = path.join(base, 'proc');
  fs.mkdirSync(procDir);
  const t = new Tree(root);
  for (const d of ['etc', 'run', 'var', 'var/run', 'usr', 'usr/bin']) t.dir(d);
  accounts(t, ['docker:x:999:999::/:/usr/sbin/nologin|docker:x:999:']);
  t.file('etc/hostname', 'node-r\n');
  t.file('etc/containerd/config.toml', CONTAINERD, 0o600);
  t.file('etc/crio/crio.conf', '[crio.runtime]\nselinux = true\n', 0o644);
  t.file('etc/crio/crio.conf.d/10-caps.conf', CRIO_DROP_IN, 0o644);
  t.file('etc/systemd/system/etcd-snapshot.timer', TIMER);
  t.file('etc/systemd/system/etcd-snapshot.service', SERVICE);
  t.file('etc/systemd/system/unrelated.timer', '[Timer]\nOnCalendar=weekly\n');
  t.file('etc/systemd/system/unrelated.service', '[Service]\nExecStart=/bin/true\n');
  // FIFOs stand in for the sockets: both are "other" in stats.tsv. containerd's is world-writable, CRI-O's root-only.
  t.dir('run/containerd');
  t.dir('run/crio');
  execFileSync('mkfifo', ['-m', '0666', path.join(root, 'run/containerd/containerd.sock')]);
  execFileSync('mkfifo', ['-m', '0660', path.join(root, 'run/crio/crio.sock')]);
  fs.chownSync(path.join(root, 'run/crio/crio.sock'), 0, 999);
  t.link('var/run/crio', '/run/crio');
  proc(procDir, 1, ['/sbin/init']);
  proc(procDir, 700, ['/usr/bin/containerd']);
  proc(procDir, 900, ['/usr/bin/kubelet', '--container-runtime-endpoint=unix:///run/containerd/containerd.sock']);
  for (const shell of Object.keys(SHELLS) as Shell[]) {
    const out = path.join(base, `node-${shell}.tar.gz`);
    const r = await run(SHELLS[shell], COLLECTOR, ['node', '--root', root, '--proc', procDir, '--out', out, '--node-name', 'node-r'], { TMPDIR: tmp, SOURCE_DATE_EPOCH: '1736931600' });
    assert.is(r.code, 0, `collector failed under ${shell}: ${r.stderr}`);
    bundles.set(shell, out);
  }
});
test.after(() => fs.rmSync(base, { recursive: true, force: true }));

for (const shell of Object.keys(SHELLS) as Shell[]) {
  test(`${shell}: runtime configuration copied with credentials redacted, sockets and timers recorded`, async () => {
    const b = await readBundle(bundles.get(shell)!);
    assert.equal(bundleProblems(b), []);
    assert.equal(leaked(fs.readFileSync(bundles.get(shell)!), CANARIES), [], 'compressed archive');
    for (const [name, data] of b.members) assert.equal(leaked(data, CANARIES), [], `member ${name}`);
    const cfg = text(b, 'files/etc/containerd/config.toml');
    assert.match(cfg, /password = "REDACTED-BY-KUBECIS"/);
    assert.match(cfg, /insecure_skip_verify = true/);
    assert.match(text(b, 'files/etc/crio/crio.conf.d/10-caps.conf'), /"NET_RAW"/);
    const redactions = b.json.redactions.find((r) => r.path === 'files/etc/containerd/config.toml');
    assert.ok(redactions && /password/.test(redactions.what) && /identitytoken/.test(redactions.what), JSON.stringify(b.json.redactions));
    const stats = parseStats(text(b, 'stats.tsv'));
    assert.equal([stats.get('/run/containerd/containerd.sock')?.type, stats.get('/run/containerd/containerd.sock')?.mode], ['other', '0666']);
    assert.is(stats.get('/var/run/crio/crio.sock')?.realpath, '/run/crio/crio.sock');
    assert.equal([stats.get('/run/crio/crio.sock')?.mode, stats.get('/run/crio/crio.sock')?.group], ['0660', 'docker']);
    assert.ok(b.members.has('files/etc/systemd/system/etcd-snapshot.timer'));
    assert.ok(b.members.has('files/etc/systemd/system/etcd-snapshot.service'));
    assert.not.ok(b.members.has('files/etc/systemd/system/unrelated.timer'), 'only timers that run etcd snapshots are copied');
  });
}

test('the analyzer reads the bundle: TOML parses, the runtime rules and the etcd backup rule judge it', async () => {
  const snapshot = await loadSnapshot([bundles.get('dash')!]);
  assert.equal(snapshot.errors, []);
  const ctx = makeContext(snapshot, 'kubecis-hardening');
  const [iso] = evaluateRule(isolation, ctx);
  assert.is(iso.verdict.status, 'fail');
  assert.is(iso.verdict.message, 'stream_server_address "0.0.0.0" serves exec/attach streams beyond localhost; registry "mirror.example.com" is pulled with insecure_skip_verify = true; default_capabilities gives every container NET_RAW');
  assert.match(iso.verdict.loc!.file, /!files\/etc\/containerd\/config\.toml$/);
  assert.equal([iso.verdict.loc!.line, iso.verdict.loc!.column], [3, 3]);
  const [sock] = evaluateRule(socket, ctx);
  assert.is(sock.verdict.status, 'fail');
  assert.is(sock.verdict.message, 'containerd socket "/run/containerd/containerd.sock" has mode 0666, more than 0660; CRI-O socket "/var/run/crio/crio.sock" gives group "docker" (gid 999) access');
  const [bk] = evaluateRule(backup, ctx);
  assert.is(bk.verdict.status, 'manual');
  assert.match(bk.verdict.message, /^systemd timer "\/etc\/systemd\/system\/etcd-snapshot.timer" on node "node-r" runs etcdctl snapshot save through "etcd-snapshot.service"/);
});
test.run();
