import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { create as tarCreate } from 'tar';
import { readBundles } from '../../lib/load/bundle.js';
import { argv, clusterBundle, nodeBundle, readAll, type Members } from '../helpers/mini-bundle.js';
import { loadSnapshot } from '../../lib/load/index.js';
import { DEFAULT_PARSE_LIMITS } from '../../lib/model/parse.js';
import type { NodeFacts } from '../../lib/model/types.js';
import { KUBELET_SETTINGS, kubeletSetting } from '../../lib/rule/kubelet.js';
import { assertDeepFrozen } from '../helpers/check-rule.js';
import { fromRoot } from '../helpers/paths.js';

const read = readAll;

const KUBELET_CONFIG = [
  'apiVersion: kubelet.config.k8s.io/v1beta1',
  'kind: KubeletConfiguration',
  'readOnlyPort: 0',
  'authentication:',
  '  anonymous:',
  '    enabled: false',
  '',
].join('\n');

const STATS = '# path\ttype\tmode\tuid\tgid\tuser\tgroup\trealpath\n/var/lib/kubelet/config.yaml\tfile\t0600\t0\t0\troot\troot\t-\n';

const worker = (): Members => ({
  'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/var/lib/kubelet/config.yaml', '--kubeconfig', '/etc/kubernetes/kubelet.conf'),
  'files/var/lib/kubelet/config.yaml': KUBELET_CONFIG,
  'stats.tsv': STATS,
});

const test = suite('load/bundle');

test('a valid node bundle becomes frozen NodeFacts', () => {
  const out = read(nodeBundle(worker()));
  assert.equal(out.errors, []);
  assert.is(out.nodes.length, 1);
  const n = out.nodes[0];
  assert.equal([n.name, n.cluster, n.roles, n.evidence, n.collectedFrom, n.kubernetesVersion], ['node-1', 'demo', ['worker'], 'node-bundle', 'host', 'v1.31.2']);
  assert.equal(n.components.kubelet?.flags.map((f) => [f.name, f.value]), [['config', '/var/lib/kubelet/config.yaml'], ['kubeconfig', '/etc/kubernetes/kubelet.conf']]);
  assert.is(n.configFiles.get('/var/lib/kubelet/config.yaml')?.doc?.kind, 'KubeletConfiguration');
  assert.equal(n.files.get('/var/lib/kubelet/config.yaml'), {
    path: '/var/lib/kubelet/config.yaml', exists: true, type: 'file', mode: 0o600, uid: 0, gid: 0, user: 'root', group: 'root',
    loc: { file: 'node.tgz!stats.tsv', line: 2, column: 1 },
  });
  assert.equal(out.bundles.map((b) => [b.file, b.mode, b.node, b.cluster, b.serverVersion]), [['node.tgz', 'node', 'node-1', 'demo', 'v1.31.2']]);
  assert.is(out.serverVersion, 'v1.31.2');
  assert.is(out.clusterName, 'demo');
  assertDeepFrozen(n);
  assert.throws(() => (n.files as Map<string, unknown>).set('/x', {}));
});

test('cmdline flags point at the member, line 1, column = byte offset + 1', () => {
  const n = read(nodeBundle(worker())).nodes[0];
  const [config, kubeconfig] = n.components.kubelet!.flags;
  assert.equal(config.loc, { file: 'node.tgz!processes/kubelet.cmdline', line: 1, column: 18, endLine: 1, endColumn: 55 });
  assert.equal([kubeconfig.loc.column, kubeconfig.loc.endColumn], [56, 97]); // `--kubeconfig /etc/...` spans both arguments
});

test('flag forms: --a=b, --a b, booleans, repeated flags', () => {
  const members = {
    'processes/kubelet.cmdline': argv(
      '/usr/bin/kubelet', '--read-only-port=0', '--event-qps', '7', '--anonymous-auth', '--rotate-certificates=false',
      '--feature-gates=A=true', '--feature-gates', 'B=false', '--v=2', '--v=4',
    ),
  };
  const flags = read(nodeBundle(members)).nodes[0].components.kubelet!.flags;
  assert.equal(flags.map((f) => [f.name, f.value]), [
    ['read-only-port', '0'], ['event-qps', '7'], ['anonymous-auth', undefined], ['rotate-certificates', 'false'],
    ['feature-gates', 'A=true'], ['feature-gates', 'B=false'], ['v', '2'], ['v', '4'],
  ]);
});

test('checksum mismatch: error naming the member, member left out', () => {
  const b = nodeBundle(worker());
  b.members.set('files/var/lib/kubelet/config.yaml', Buffer.from(KUBELET_CONFIG.replace('enabled: false', 'enabled: truee')));
  const out = read(b);
  assert.equal(out.errors.map((e) => [e.file, e.message]), [
    ['node.tgz!files/var/lib/kubelet/config.yaml', 'member checksum does not match bundle.json (modified or corrupted); the member is not trusted and was left out'],
  ]);
  const n = out.nodes[0];
  assert.not.ok(n.configFiles.has('/var/lib/kubelet/config.yaml'));
  const s = kubeletSetting(n, KUBELET_SETTINGS.anonymousAuth);
  assert.equal([s.source, s.missing], ['not-collected', 'kubelet config file "/var/lib/kubelet/config.yaml" named by --config']);
});

test('size mismatch, listed-but-missing and unlisted members are errors and are not used', () => {
  const b = nodeBundle(worker());
  b.members.set('stats.tsv', Buffer.from(`${STATS}/extra\tfile\t0600\t0\t0\troot\troot\t-\n`));
  b.members.delete('processes/kubelet.cmdline');
  b.members.set('files/etc/kubernetes/planted.yaml', Buffer.from('x: 1\n'));
  const out = read(b);
  assert.equal(out.errors.map((e) => e.file), [
    'node.tgz!processes/kubelet.cmdline',
    'node.tgz!stats.tsv',
    'node.tgz!files/etc/kubernetes/planted.yaml',
  ]);
  assert.match(out.errors[0].message, /listed in bundle\.json is missing/);
  assert.match(out.errors[1].message, /size is \d+ bytes but bundle\.json says \d+/);
  assert.match(out.errors[2].message, /not listed in bundle\.json/);
  const n = out.nodes[0];
  assert.is(n.components.kubelet, undefined, 'no command line: the kubelet is unknown, not flagless');
  assert.is(n.files.size, 0);
});

test('broken bundle.json: error with position, the bundle is refused', () => {
  const b = nodeBundle(worker());
  b.members.set('bundle.json', Buffer.from('{\n  "formatVersion": 1,\n  "mode": "node"\n  "oops": true\n}\n'));
  const out = read(b);
  assert.equal(out.nodes, []);
  assert.equal(out.bundles, []);
  assert.equal(out.errors.map((e) => [e.file, e.line, e.message]), [['node.tgz!bundle.json', 4, 'bundle.json is not valid JSON; the bundle was not read']]);
});

test('schema errors name the bundle and the field, with its line', () => {
  const out = read(nodeBundle(worker(), { mode: 'nodes', node: { name: '', roles: ['worker'] } }));
  assert.equal(out.nodes, []);
  const msgs = out.errors.map((e) => `${e.file}:${e.line ?? '-'} ${e.message}`);
  assert.equal(msgs, [
    'node.tgz!bundle.json:13 bundle.json field "node" is not allowed in a cluster bundle; the bundle was not read',
    'node.tgz!bundle.json:8 bundle.json field "collectedFrom" is not allowed in a cluster bundle; the bundle was not read',
    'node.tgz!bundle.json:7 bundle.json field "mode" must be one of "node", "cluster"; the bundle was not read',
    'node.tgz!bundle.json:14 bundle.json field "node.name" must NOT have fewer than 1 characters; the bundle was not read',
  ]);
});

test('a missing bundle.json file and an unknown format version are refused', () => {
  const v2 = nodeBundle(worker(), { formatVersion: 2 });
  const none = { file: 'empty', members: new Map([['stats.tsv', Buffer.from(STATS)]]) };
  const out = readBundles([none, v2], { parseLimits: DEFAULT_PARSE_LIMITS });
  assert.equal(out.nodes, []);
  assert.equal(out.errors.map((e) => e.file), ['empty', 'node.tgz!bundle.json']);
  assert.match(out.errors[1].message, /formatVersion" must be 1/);
});

const APISERVER_MANIFEST = [
  'apiVersion: v1', //                                   1
  'kind: Pod', //                                        2
  'metadata:', //                                        3
  '  name: kube-apiserver', //                           4
  '  namespace: kube-system', //                         5
  'spec:', //                                            6
  '  containers:', //                                    7
  '  - name: kube-apiserver', //                         8
  '    command:', //                                     9
  '    - kube-apiserver', //                             10
  '    - --authorization-mode=Node,RBAC', //             11
  '    - "--profiling=false"', //                        12
  '    args: ["--secure-port", "6443", --anonymous-auth]', // 13
  '    image: registry.k8s.io/kube-apiserver:v1.31.2', //  14
  '',
].join('\n');

test('static pod manifest: flags from command + args with exact YAML positions', () => {
  const out = read(nodeBundle({ 'files/etc/kubernetes/manifests/kube-apiserver.yaml': APISERVER_MANIFEST }, { node: { name: 'cp-1', roles: ['control-plane'] } }));
  assert.equal(out.errors, []);
  const api = out.nodes[0].components.apiserver!;
  assert.is(api.source, 'manifest');
  assert.is(api.manifest?.kind, 'Pod');
  const file = 'node.tgz!files/etc/kubernetes/manifests/kube-apiserver.yaml';
  assert.equal(api.flags.map((f) => [f.name, f.value ?? null, f.loc.file === file, f.loc.line, f.loc.column]), [
    ['authorization-mode', 'Node,RBAC', true, 11, 7],
    ['profiling', 'false', true, 12, 7],
    ['secure-port', '6443', true, 13, 12],
    ['anonymous-auth', null, true, 13, 37],
  ]);
  assert.equal(out.nodes[0].roles, ['control-plane']);
});

test('process and manifest: the running process wins, disagreements are recorded as drift', () => {
  const members = {
    'processes/apiserver.cmdline': argv('kube-apiserver', '--authorization-mode=AlwaysAllow', '--profiling=false', '--audit-log-path=/var/log/a.log', '--token-auth-file=/t.csv'),
    'files/etc/kubernetes/manifests/kube-apiserver.yaml': APISERVER_MANIFEST,
  };
  const api = read(nodeBundle(members, { node: { name: 'cp-1', roles: ['control-plane'] } })).nodes[0].components.apiserver!;
  assert.is(api.source, 'process');
  assert.is(api.flags[0].loc.file, 'node.tgz!processes/apiserver.cmdline');
  assert.ok(api.manifest);
  const m = 'manifest "node.tgz!files/etc/kubernetes/manifests/kube-apiserver.yaml"';
  assert.equal(api.drift, [
    `flag "--anonymous-auth" is set to "true" in ${m} but not in the running process`,
    `flag "--audit-log-path" is set to "/var/log/a.log" in the running process but not in ${m}`,
    `flag "--authorization-mode" is "AlwaysAllow" in the running process but "Node,RBAC" in ${m}`,
    `flag "--secure-port" is set to "6443" in ${m} but not in the running process`,
    `flag "--token-auth-file" is set to "/t.csv" in the running process but not in ${m}`,
  ]);
});

test('static pod folder follows staticPodPath and collected symbolic links (realpath)', () => {
  const members = {
    'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/var/lib/kubelet/config.yaml'),
    'files/var/lib/kubelet/config.yaml': `${KUBELET_CONFIG}staticPodPath: /etc/k8s/static\n`,
    'files/srv/static/kube-apiserver.yaml': APISERVER_MANIFEST,
    'stats.tsv': `${STATS}/etc/k8s/static\tlink\t0777\t0\t0\troot\troot\t/srv/static\n/srv/static\tdir\t0700\t0\t0\troot\troot\t-\n`,
  };
  const n = read(nodeBundle(members)).nodes[0];
  assert.is(n.components.apiserver?.source, 'manifest');
  assert.is(n.files.get('/etc/k8s/static')?.realpath, '/srv/static');
  assert.equal(n.roles, ['control-plane', 'worker']);
});

test('config files named by flags, kubelet drop-ins, admission plugin configs; env files kept as text', () => {
  const members = {
    'processes/apiserver.cmdline': argv('kube-apiserver', '--audit-policy-file=/etc/kubernetes/audit.yaml', '--admission-control-config-file=/etc/kubernetes/adm/admission.yaml', '--encryption-provider-config=/etc/kubernetes/enc.yaml'),
    'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/var/lib/kubelet/config.yaml', '--config-dir=/etc/kubernetes/kubelet.conf.d'),
    'files/etc/kubernetes/audit.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n',
    'files/etc/kubernetes/adm/admission.yaml': 'apiVersion: apiserver.config.k8s.io/v1\nkind: AdmissionConfiguration\nplugins:\n- name: EventRateLimit\n  path: eventconfig.yaml\n',
    'files/etc/kubernetes/adm/eventconfig.yaml': 'apiVersion: eventratelimit.admission.k8s.io/v1alpha1\nkind: Configuration\nlimits: []\n',
    'files/var/lib/kubelet/config.yaml': KUBELET_CONFIG,
    'files/etc/kubernetes/kubelet.conf.d/50-ro.conf': 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10255\n',
    'files/var/lib/kubelet/kubeadm-flags.env': 'KUBELET_KUBEADM_ARGS="--node-ip=10.0.0.1"\n',
  };
  const n = read(nodeBundle(members)).nodes[0];
  assert.equal([...n.configFiles.keys()], [
    '/etc/kubernetes/adm/admission.yaml', '/etc/kubernetes/adm/eventconfig.yaml', '/etc/kubernetes/audit.yaml',
    '/etc/kubernetes/kubelet.conf.d/50-ro.conf', '/var/lib/kubelet/config.yaml', '/var/lib/kubelet/kubeadm-flags.env',
  ]);
  assert.is(n.configFiles.get('/etc/kubernetes/audit.yaml')?.doc?.kind, 'Policy');
  assert.match(n.configFiles.get('/var/lib/kubelet/kubeadm-flags.env')?.text ?? '', /node-ip/);
  const ro = kubeletSetting(n, KUBELET_SETTINGS.readOnlyPort);
  assert.equal([ro.value, ro.source, ro.loc?.file, ro.loc?.line], [10255, 'config-file', 'node.tgz!files/etc/kubernetes/kubelet.conf.d/50-ro.conf', 3]);
});

test('env: secret-looking variables are dropped, paths kept', () => {
  const members = {
    'processes/etcd.cmdline': argv('etcd', '--name=cp-1'),
    'processes/etcd.env': 'ETCD_DATA_DIR=/var/lib/etcd\nETCD_ROOT_PASSWORD=hunter2\nETCD_KEY_FILE=/etc/kubernetes/pki/etcd/server.key\n',
  };
  const b = nodeBundle(members);
  const json = JSON.parse(b.members.get('bundle.json')!.toString());
  json.components[0].env = 'processes/etcd.env';
  b.members.set('bundle.json', Buffer.from(JSON.stringify(json)));
  const etcd = read(b).nodes[0].components.etcd!;
  assert.equal(Object.keys(etcd.env ?? {}), ['ETCD_DATA_DIR', 'ETCD_KEY_FILE']);
  assert.equal(etcd.env?.ETCD_DATA_DIR.loc, { file: 'node.tgz!processes/etcd.env', line: 1, column: 1 });
});

const NODES = [
  'apiVersion: v1',
  'kind: List',
  'items:',
  '- apiVersion: v1',
  '  kind: Node',
  '  metadata:',
  '    name: node-1',
  '  status:',
  '    nodeInfo:',
  '      kubeletVersion: v1.31.2',
  '- apiVersion: v1',
  '  kind: Node',
  '  metadata:',
  '    name: managed-1',
  '    labels:',
  '      node-role.kubernetes.io/control-plane: ""',
  '  status:',
  '    nodeInfo:',
  '      kubeletVersion: v1.30.5',
  '',
].join('\n');

const CONFIGZ = JSON.stringify({ kubeletconfig: { authentication: { anonymous: { enabled: true } }, authorization: { mode: 'Webhook' } } }, null, 2);

test('configz-only node: evidence api, settings from configz, zero values for omitted fields', () => {
  const out = read(clusterBundle({
    'cluster/version.json': '{"major":"1","minor":"31","gitVersion":"v1.31.4"}',
    'cluster/resources/nodes.core.yaml': NODES,
    'cluster/nodes/managed-1/configz.json': CONFIGZ,
  }));
  assert.equal(out.errors, []);
  assert.is(out.serverVersion, 'v1.31.4');
  assert.equal(out.nodes.map((n) => [n.name, n.evidence, n.roles, n.kubernetesVersion]), [
    ['managed-1', 'api', ['control-plane', 'worker'], 'v1.30.5'],
    ['node-1', 'api', ['worker'], 'v1.31.2'],
  ]);
  const n = out.nodes[0];
  assert.is(n.components.kubelet?.source, 'configz');
  assert.is(n.nodeObject?.name, 'managed-1');
  const anon = kubeletSetting(n, KUBELET_SETTINGS.anonymousAuth);
  assert.equal([anon.value, anon.source, anon.loc?.file, anon.loc?.line], [true, 'configz', 'cluster.tgz!cluster/nodes/managed-1/configz.json', 5]);
  const ro = kubeletSetting(n, KUBELET_SETTINGS.readOnlyPort);
  assert.equal([ro.value, ro.source], [0, 'configz']); // omitempty: absent means 0
  const qps = kubeletSetting(n, KUBELET_SETTINGS.eventRecordQPS);
  assert.equal([qps.value, qps.source], [50, 'configz']);
  const host = kubeletSetting(n, KUBELET_SETTINGS.hostnameOverride);
  assert.is(host.source, 'not-collected');
  for (const x of out.nodes) assertDeepFrozen(x);
});

test('cluster resources keep the cluster name and member display paths; a node bundle merges with the API view', () => {
  const out = read(
    nodeBundle(worker()),
    clusterBundle({ 'cluster/resources/nodes.core.yaml': NODES, 'cluster/nodes/node-1/configz.json': CONFIGZ }),
  );
  assert.equal(out.errors, []);
  assert.equal(out.resources.map((r) => [r.kind, r.name, r.cluster, r.file]), [
    ['Node', 'node-1', 'demo', 'cluster.tgz!cluster/resources/nodes.core.yaml'],
    ['Node', 'managed-1', 'demo', 'cluster.tgz!cluster/resources/nodes.core.yaml'],
  ]);
  const n = out.nodes.find((x) => x.name === 'node-1')!;
  assert.equal([n.evidence, n.bundle, n.nodeObject?.name, !!n.kubeletConfigz], ['node-bundle', 'node.tgz', 'node-1', true]);
  // The node's own command line and config file decide; configz is only used without them.
  assert.is(kubeletSetting(n, KUBELET_SETTINGS.anonymousAuth).source, 'config-file');
});

test('a second node bundle for the same node is reported and ignored', () => {
  const out = read(nodeBundle(worker(), {}, 'a.tgz'), nodeBundle(worker(), {}, 'b.tgz'));
  assert.is(out.nodes.length, 1);
  assert.equal(out.errors.map((e) => [e.file, e.message]), [['b.tgz', 'a second node bundle for node "node-1" was ignored (the first is a.tgz)']]);
});

test('a garbage stats.tsv gives a bounded number of errors', () => {
  const garbage = Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n');
  const out = read(nodeBundle({ 'stats.tsv': garbage }));
  assert.is(out.errors.length, 21);
  assert.is(out.errors[20].message, '80 more bad lines in stats.tsv were not reported');
});

test('a node bundle without a kubelet process still gets the worker role from its Node object', () => {
  const out = read(
    nodeBundle({ 'files/etc/kubernetes/manifests/kube-apiserver.yaml': APISERVER_MANIFEST }, { node: { name: 'node-1', roles: ['control-plane'] } }),
    clusterBundle({ 'cluster/resources/nodes.core.yaml': NODES }),
  );
  assert.equal(out.nodes.find((n) => n.name === 'node-1')?.roles, ['control-plane', 'worker']);
});

test('bad stats lines and bad configz are errors naming the member', () => {
  const b = nodeBundle({ 'stats.tsv': `${STATS}relative\tfile\t0600\t0\t0\troot\troot\t-\n/x\tfile\t9z9\t0\t0\troot\troot\t-\n` });
  const c = clusterBundle({ 'cluster/nodes/n/configz.json': '{"nope": 1}' });
  const out = read(b, c);
  assert.equal(out.errors.map((e) => [e.file, e.line ?? null]), [
    ['node.tgz!stats.tsv', 3],
    ['node.tgz!stats.tsv', 4],
    ['cluster.tgz!cluster/nodes/n/configz.json', null],
  ]);
});

let tmp: string;
test.before(() => {
  tmp = mkdtempSync(path.join(tmpdir(), 'kubecis-bundle-'));
});
test.after(() => rmSync(tmp, { recursive: true, force: true }));

test('round trip: folder and .tar.gz bundles load through loadSnapshot', async () => {
  const dir = fromRoot('test', 'fixtures', 'bundles', 'worker-1.31');
  const archive = path.join(tmp, 'worker.tar.gz');
  await tarCreate({ gzip: true, file: archive, cwd: dir, portable: true }, ['.']);
  for (const input of [dir, archive]) {
    const snap = await loadSnapshot([input]);
    assert.equal(snap.errors, [], input);
    const n: NodeFacts = snap.nodes[0];
    // A worker's bundle does not know the API server's version; the node's own version comes from its kubelet.
    assert.equal([n.name, n.evidence, n.kubernetesVersion, snap.serverVersion, snap.clusterName], ['worker-1', 'node-bundle', 'v1.31.2', undefined, 'demo']);
    assert.is(kubeletSetting(n, KUBELET_SETTINGS.readOnlyPort).value, 0);
    assertDeepFrozen(snap);
  }
});

test.run();
