// The node collector, run for real under dash and busybox sh against fixture node roots with their own /proc.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import { buildControlPlane, buildWorker, ETCD_UID, K8S_VERSION, type NodeFixture } from '../fixtures/roots/build.js';
import { canaryNeedles } from '../fixtures/roots/canaries.js';
import {
  COLLECTOR, SHELLS, bundleProblems, leaked, parseStats, readBundle, run, tempDir, text, type Bundle, type Shell,
} from './support.js';

const test = suite('collector: node mode');

let base = '';
let cp: NodeFixture;
let worker: NodeFixture;
type Collected = { bundle: Bundle; stderr: string; out: string };
const runs = new Map<string, Promise<Collected>>();
let tmp = '';
// Collections are memoised: each distinct run happens once, however many tests read it.
const ENV = () => ({ TMPDIR: tmp, SOURCE_DATE_EPOCH: '1736931600' });

function collect(fx: NodeFixture, shell: Shell, extra: string[] = [], tag = ''): Promise<Collected> {
  const key = JSON.stringify([fx.name, shell, extra, tag]);
  let p = runs.get(key);
  if (!p) {
    const out = path.join(base, `${fx.name}-${shell}-${runs.size}.tar.gz`);
    p = run(SHELLS[shell], COLLECTOR, ['node', '--root', fx.root, '--proc', fx.proc, '--out', out, ...extra], ENV()).then(async (r) => {
      assert.is(r.code, 0, `collector failed under ${shell}: ${r.stderr}`);
      return { bundle: await readBundle(out), stderr: r.stderr, out };
    });
    runs.set(key, p);
  }
  return p;
}

test.before(async () => {
  base = tempDir('kubecis-node-');
  tmp = path.join(base, 'tmp');
  fs.mkdirSync(tmp);
  cp = buildControlPlane(base, { hostile: true });
  worker = buildWorker(base, { hostile: true });
  await Promise.all([collect(cp, 'dash'), collect(cp, 'busybox'), collect(worker, 'dash'), collect(worker, 'busybox')]);
});
test.after(() => fs.rmSync(base, { recursive: true, force: true }));

for (const shell of ['dash', 'busybox'] as const) {
  test(`control-plane node under ${shell}: components, roles, exact command lines, schema and checksums`, async () => {
    const { bundle: b } = await collect(cp, shell);
    assert.equal(bundleProblems(b), []);
    assert.is(b.json.mode, 'node');
    assert.is(b.json.collectedFrom, 'host');
    assert.equal(b.json.node, { name: 'cp-1', roles: ['control-plane', 'worker'] });
    assert.equal(b.json.components.map((c) => [c.name, c.pid]), [
      ['apiserver', cp.pids.apiserver], ['controllermanager', cp.pids.controllermanager], ['scheduler', cp.pids.scheduler],
      ['etcd', cp.pids.etcd], ['kubelet', cp.pids.kubelet], ['proxy', cp.pids.proxy],
    ]);
    for (const c of b.json.components) {
      const want = fs.readFileSync(path.join(cp.proc, String(c.pid), 'cmdline'));
      assert.ok(b.members.get(c.cmdline)?.equals(want), `${c.cmdline} is not the exact /proc cmdline`);
    }
    // Versions from the static pod manifests' image tags.
    assert.is(b.json.components.find((c) => c.name === 'apiserver')?.version, K8S_VERSION);
    assert.is(b.json.components.find((c) => c.name === 'etcd')?.version, '3.5.15-0');
    // etcd's environment: settings kept, the cluster token left out and recorded as redacted.
    assert.is(b.json.components.find((c) => c.name === 'etcd')?.env, 'processes/etcd.env');
    assert.is(text(b, 'processes/etcd.env'), 'ETCD_ELECTION_TIMEOUT=1000\nETCD_HEARTBEAT_INTERVAL=100\nETCD_UNSUPPORTED_ARCH=\n');
    assert.ok(b.json.redactions.some((r) => r.path === 'processes/etcd.env' && r.what.includes('ETCD_INITIAL_CLUSTER_TOKEN')));
  });

  test(`control-plane node under ${shell}: configuration files copied, secrets replaced by the marker`, async () => {
    const { bundle: b } = await collect(cp, shell);
    const files = b.json.files.map((f) => f.path);
    for (const f of [
      'files/etc/kubernetes/manifests/kube-apiserver.yaml', 'files/etc/kubernetes/manifests/etcd.yaml',
      'files/etc/kubernetes/manifests/kube-controller-manager.yaml', 'files/etc/kubernetes/manifests/kube-scheduler.yaml',
      'files/etc/kubernetes/audit/policy.yaml', 'files/etc/kubernetes/enc/encryption-config.yaml',
      'files/etc/kubernetes/admission/admission-config.yaml', 'files/etc/kubernetes/admission/eventratelimit.yaml',
      'files/etc/kubernetes/controller-manager.conf', 'files/etc/kubernetes/scheduler.conf', 'files/etc/kubernetes/kubelet.conf',
      'files/var/lib/kubelet/config.yaml', 'files/var/lib/kubelet/kubeadm-flags.env', 'files/etc/default/kubelet',
      'files/usr/lib/systemd/system/kubelet.service', 'files/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
      'files/etc/kubernetes/kubelet.conf.d/50-hostile.conf', 'files/etc/kubernetes/bootstrap-kubelet.conf',
    ]) assert.ok(files.includes(f), `missing ${f}`);
    // Never copied: keys, admin credentials, CNI credentials.
    for (const f of files) assert.not.ok(/\.key$|admin\.conf$|calico-kubeconfig$|\/pki\//.test(f), `copied ${f}`);
    // Copies keep the structure; key material is replaced by the marker.
    const enc = text(b, 'files/etc/kubernetes/enc/encryption-config.yaml');
    assert.match(enc, /- name: key-2025-01\n\s+secret: REDACTED-BY-KUBECIS\n/);
    assert.match(enc, /- name: key-2024-07\n\s+secret: REDACTED-BY-KUBECIS\n/);
    assert.match(text(b, 'files/etc/kubernetes/scheduler.conf'), /client-key-data: REDACTED-BY-KUBECIS\n/);
    assert.match(text(b, 'files/etc/kubernetes/scheduler.conf'), /client-certificate-data: LS0t/);
    assert.match(text(b, 'files/etc/kubernetes/bootstrap-kubelet.conf'), /"token": "REDACTED-BY-KUBECIS"/);
    const red = Object.fromEntries(b.json.redactions.map((r) => [r.path, r.what]));
    assert.is(red['files/etc/kubernetes/enc/encryption-config.yaml'], 'secret');
    assert.is(red['files/etc/kubernetes/controller-manager.conf'], 'client-key-data');
    assert.is(red['files/etc/kubernetes/kubelet.conf.d/50-hostile.conf'], 'base64-encoded private key, password, private key, token');
    // Unchanged files are byte-identical to the node's.
    assert.is(text(b, 'files/etc/kubernetes/audit/policy.yaml'), fs.readFileSync(path.join(cp.root, 'etc/kubernetes/audit/policy.yaml'), 'utf8'));
  });

  test(`control-plane node under ${shell}: no planted secret reaches the archive`, async () => {
    const { bundle: b } = await collect(cp, shell);
    assert.equal(leaked(b.raw, canaryNeedles()), []);
  });

  test(`worker node under ${shell}: systemd units under /usr/lib and /etc, sysconfig, no control plane`, async () => {
    const { bundle: b } = await collect(worker, shell);
    assert.equal(bundleProblems(b), []);
    assert.equal(b.json.node, { name: 'worker-1', roles: ['worker'] });
    assert.equal(b.json.components.map((c) => c.name), ['kubelet', 'proxy']);
    const files = b.json.files.map((f) => f.path);
    for (const f of [
      'files/usr/lib/systemd/system/kubelet.service', 'files/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf',
      'files/etc/systemd/system/kubelet.service.d/20-resources.conf', 'files/etc/sysconfig/kubelet', 'files/var/lib/kubelet/config.yaml',
    ]) assert.ok(files.includes(f), `missing ${f}`);
    assert.match(text(b, 'processes/kubelet.cmdline'), '--anonymous-auth=true');
    const stats = parseStats(text(b, 'stats.tsv'));
    assert.equal(stats.get('/var/lib/kubelet/config.yaml'), {
      path: '/var/lib/kubelet/config.yaml', type: 'file', mode: '0644', uid: '0', gid: '0', user: 'root', group: 'root', realpath: '-',
    });
    assert.is(stats.get('/etc/systemd/system/kubelet.service.d/10-kubeadm.conf')?.type, 'missing');
    assert.is(stats.get('/usr/lib/systemd/system/kubelet.service.d/10-kubeadm.conf')?.mode, '0644');
    assert.is(stats.get('/var/lib/etcd')?.type, 'missing');
    assert.equal(leaked(b.raw, canaryNeedles()), []);
    assert.ok(b.json.warnings.some((w) => w.includes('/var/lib/kube-proxy/config.conf') && w.includes('ConfigMap')));
  });
}

test('stats come from the node root: etcd owner named from ROOT/etc/passwd, modes, links resolved under the root', async () => {
  const local = fs.readFileSync('/etc/passwd', 'utf8');
  assert.not.ok(local.split('\n').some((l) => l.split(':')[2] === String(ETCD_UID) || l.startsWith('etcd:')),
    'this machine must not have the fixture etcd account, or the test proves nothing');
  const { bundle: b } = await collect(cp, 'dash');
  const stats = parseStats(text(b, 'stats.tsv'));
  assert.match(text(b, 'stats.tsv'), /^# path\ttype\tmode\tuid\tgid\tuser\tgroup\trealpath\n/);
  assert.equal(stats.get('/var/lib/etcd'), {
    path: '/var/lib/etcd', type: 'dir', mode: '0700', uid: String(ETCD_UID), gid: String(ETCD_UID), user: 'etcd', group: 'etcd', realpath: '-',
  });
  assert.is(stats.get('/etc/kubernetes/pki/front-proxy-client.key')?.mode, '0644');
  assert.is(stats.get('/etc/kubernetes/pki/etcd/server.key')?.mode, '0600');
  assert.is(stats.get('/etc/kubernetes/manifests/kube-apiserver.yaml')?.mode, '0600');
  assert.is(stats.get('/etc/kubernetes/admin.conf')?.type, 'file');
  assert.is(stats.get('/etc/kubernetes/pki')?.type, 'dir');
  assert.is(stats.get('/etc/cni/net.d/calico-kubeconfig')?.mode, '0600');
  // /lib -> usr/lib (merged /usr): the unit is found through /lib too, with its real path.
  assert.is(stats.get('/lib/systemd/system/kubelet.service')?.realpath, '/usr/lib/systemd/system/kubelet.service');
  // The kubelet's absolute link to its client certificate resolves inside the root.
  const link = stats.get('/var/lib/kubelet/pki/kubelet-client-current.pem');
  assert.equal([link?.type, link?.realpath], ['link', '/var/lib/kubelet/pki/kubelet-client-2025-01-15-09-00-00.pem']);
  assert.is(stats.get('/var/lib/kubelet/pki/kubelet-client-2025-01-15-09-00-00.pem')?.mode, '0600');
  // Links that point out of the root stay in it: the absolute one to a file the root lacks (the test machine
  // has /etc/os-release, the root does not have its target), the ../ one to the root's own /etc/passwd.
  assert.is(stats.get('/etc/kubernetes/outside.yaml')?.realpath, '/etc/os-release-not-in-root');
  assert.is(stats.get('/etc/os-release-not-in-root')?.type, 'missing');
  assert.is(stats.get('/etc/kubernetes/escape.yaml')?.realpath, '/etc/passwd');
  assert.is(text(b, 'files/etc/passwd'), fs.readFileSync(path.join(cp.root, 'etc/passwd'), 'utf8'));
  // Every stats line has eight columns.
  for (const line of text(b, 'stats.tsv').trimEnd().split('\n')) assert.is(line.split('\t').length, 8, line);
});

test('dash and busybox sh produce the same bundle', async () => {
  const a = (await collect(worker, 'dash')).bundle;
  const c = (await collect(worker, 'busybox')).bundle;
  assert.equal(c.json, a.json);
});

test('a minimal node (busybox applets only, no stat, no base64): same stats, bundle on stdout as base64', async () => {
  const bin = path.join(base, 'bin');
  fs.mkdirSync(bin, { recursive: true });
  const applets = (await run(['busybox'], '--list', [])).stdout.toString().split('\n').filter(Boolean);
  for (const a of applets) if (!['stat', 'base64', 'uuencode'].includes(a)) fs.symlinkSync('/bin/busybox', path.join(bin, a));
  const r = await run(['/bin/busybox', 'sh'], COLLECTOR, ['node', '--root', cp.root, '--proc', cp.proc, '--stdout-base64'], { ...ENV(), PATH: bin });
  assert.is(r.code, 0, r.stderr);
  const out = r.stdout.toString();
  const m = /^===== KUBECIS BUNDLE BEGIN (\S+) sha256=([0-9a-f]{64}) =====\n([\s\S]*?)\n===== KUBECIS BUNDLE END =====\n$/.exec(out);
  assert.ok(m, `no bundle block in: ${out.slice(0, 200)}`);
  const file = path.join(base, 'minimal.tar.gz');
  fs.writeFileSync(file, Buffer.from(m![3].replace(/\n/g, ''), 'base64'));
  const b = await readBundle(file);
  assert.equal(bundleProblems(b), []);
  const ref = (await collect(cp, 'dash')).bundle;
  assert.is(text(b, 'stats.tsv'), text(ref, 'stats.tsv'));
  assert.equal(b.json.files.filter((f) => f.path !== 'stats.tsv'), ref.json.files.filter((f) => f.path !== 'stats.tsv'));
});

test('from a pod: --collected-from pod and --node-name are recorded; versions by running binaries only when asked', async () => {
  const { bundle: b } = await collect(worker, 'dash');
  assert.is(b.json.components.find((c) => c.name === 'kubelet')?.version, undefined);
  assert.not.ok(b.members.has('processes/kubelet.version'));
  const { bundle: v } = await collect(worker, 'dash', ['--collected-from', 'pod', '--node-name', 'Worker-1', '--exec-versions']);
  assert.is(v.json.collectedFrom, 'pod');
  assert.is(v.json.node?.name, 'worker-1');
  assert.is(v.json.components.find((c) => c.name === 'kubelet')?.version, K8S_VERSION);
  assert.match(text(v, 'commands.tsv'), `0\tprocesses/kubelet.version\tkubelet --version\n`);
  assert.is(text(v, 'processes/kubelet.version'), `Kubernetes ${K8S_VERSION}\n`);
});

test('umask 077, nothing left behind, deterministic archive with SOURCE_DATE_EPOCH', async () => {
  const one = await collect(worker, 'dash');
  const two = await collect(worker, 'dash', [], 'again');
  assert.is(fs.statSync(one.out).mode & 0o777, 0o600);
  assert.equal(fs.readdirSync(tmp), []);
  assert.ok(fs.readFileSync(one.out).equals(fs.readFileSync(two.out)), 'two runs differ');
  assert.is(one.bundle.json.startedAt, '2025-01-15T09:00:00Z');
});

test('a root without Kubernetes: empty roles and a warning, still a valid bundle', async () => {
  const root = path.join(base, 'empty-root');
  fs.mkdirSync(path.join(root, 'etc'), { recursive: true });
  fs.mkdirSync(path.join(root, 'proc', '1'), { recursive: true });
  fs.writeFileSync(path.join(root, 'proc', '1', 'cmdline'), '/sbin/init\0');
  const out = path.join(base, 'empty.tar.gz');
  const r = await run(SHELLS.dash, COLLECTOR, ['node', '--root', root, '--node-name', 'bare', '--out', out], ENV());
  assert.is(r.code, 0, r.stderr);
  const b = await readBundle(out);
  assert.equal(bundleProblems(b), []);
  assert.equal(b.json.node, { name: 'bare', roles: [] });
  assert.ok(b.json.warnings.some((w) => w.startsWith('no Kubernetes component')));
  assert.ok(b.json.warnings.some((w) => w.includes('/etc/passwd')));
});

test('usage errors exit 2 without a bundle', async () => {
  for (const args of [['node', '--root', '/nonexistent-root'], ['node', '--bogus'], ['node', '--collected-from', 'vm'], []]) {
    const r = await run(SHELLS.dash, COLLECTOR, args, { TMPDIR: base });
    assert.is(r.code, 2, `${args.join(' ')}: ${r.stderr}`);
  }
});

test.run();
