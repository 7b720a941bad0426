// Secret hygiene: canary values planted wherever secrets live (Secret data, env values, last-applied annotations,
// kubeconfig credentials, encryption keys, component flags and environment), in manifests, a cluster dump,
// hand-made unredacted bundles and bundles from the real collector; no canary may appear in any report format,
// in error messages (including YAML syntax errors on the canary's own line) or in --debug output.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import YAML from 'yaml';
import { argv, clusterBundle, nodeBundle } from '../helpers/mini-bundle.js';
import { startFakeApiServer, type KObject } from '../helpers/fake-apiserver.js';
import { buildControlPlane } from '../fixtures/roots/build.js';
import { canaryNeedles } from '../fixtures/roots/canaries.js';
import { CLUSTER_CANARY, clusterConfigz, clusterObjects } from '../collector/fixtures/cluster.js';
import { COLLECTOR, SHELLS, run } from '../collector/support.js';
import { runCli, type CliRun } from '../helpers/cli.js';
import { removeDir, scan, tempDir } from './support.js';

const test = suite('security/secrets');

/** Every canary holds "kcleak", so a partial echo is caught too; each names where it was planted. */
const C = {
  secretData: 'kcleak-secret-data',
  stringData: 'kcleak-string-data',
  lastAppliedSecret: 'kcleak-last-applied-secret',
  envValue: 'kcleak-env-value',
  envInit: 'kcleak-env-init-container',
  envEphemeral: 'kcleak-env-ephemeral',
  lastAppliedEnv: 'kcleak-last-applied-env',
  argValue: 'kcleak-container-arg',
  commandValue: 'kcleak-container-command',
  kubeconfigToken: 'kcleak-kubeconfig-token',
  kubeconfigPassword: 'kcleak-kubeconfig-password',
  clientKey: 'kcleak-client-key',
  oidcSecret: 'kcleak-oidc-client-secret',
  aescbc: 'kcleak-aescbc-key-0123456789abcd',
  secretbox: 'kcleak-secretbox-key-0123456789ab',
  dumpSecret: 'kcleak-dump-secret',
  dumpEnv: 'kcleak-dump-env',
  jsonDumpEnv: 'kcleak-json-dump-env',
  configMapToken: 'kcleak-configmap-token',
  apiserverFlag: 'kcleak-apiserver-flag',
  manifestFlag: 'kcleak-manifest-flag',
  etcdToken: 'kcleak-etcd-token',
  etcdEnv: 'kcleak-etcd-env',
  kubeletHeader: 'kcleak-kubelet-header',
  staticPodEnv: 'kcleak-static-pod-env',
  bundleSecret: 'kcleak-bundle-secret',
  bundleEnv: 'kcleak-bundle-env',
  collectedEnv: 'kcleak-collected-env',
  brokenQuoted: 'kcleak-broken-quoted',
  brokenVerbatimTag: 'kcleak-broken-verbatim-tag',
  brokenTagHandle: 'kcleakbrokentaghandle',
  brokenDirective: 'kcleak-broken-directive',
  brokenAlias: 'kcleak-broken-alias',
  brokenKey: 'kcleak-broken-key',
  brokenTab: 'kcleak-broken-tab',
  brokenFlow: 'kcleak-broken-flow',
  brokenJson: 'kcleak-broken-json',
  brokenDuplicate: 'kcleak-broken-duplicate',
  brokenEscape: 'kcleak-broken-escape',
  brokenLongKey: 'kcleak-broken-long-key',
  brokenIndent: 'kcleak-broken-indent',
  brokenBlockScalar: 'kcleak-broken-block-scalar',
  brokenAnchorProps: 'kcleak-broken-anchor',
} as const;

const b64 = (s: string) => Buffer.from(s).toString('base64');
const pem = (s: string) => `-----BEGIN RSA PRIVATE KEY-----\nMIIE${s}\n-----END RSA PRIVATE KEY-----\n`;

/** What must never appear: each canary, its base64 (as Secret data holds it), and the collector fixtures' canaries. */
function needles(): string[] {
  const ours = Object.values(C);
  return [
    'kcleak', ...ours.map(b64), b64(pem(C.clientKey)).slice(0, 40),
    ...canaryNeedles(), ...Object.values(CLUSTER_CANARY), ...Object.values(CLUSTER_CANARY).map(b64),
  ];
}

function leaks(where: string, text: string): string[] {
  return needles().filter((n) => text.includes(n)).map((n) => `${where}: ${n}`);
}

const lastApplied = (o: object) => JSON.stringify(o);

function secretManifest(): string {
  const data = { password: b64(C.secretData) };
  const stringData = { token: C.stringData };
  return YAML.stringify({
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: {
      name: 'db', namespace: 'shop',
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied({ apiVersion: 'v1', kind: 'Secret', data: { password: b64(C.lastAppliedSecret) } }) },
    },
    data, stringData,
  });
}

function podSpec(env: string, init: string, ephemeral: string) {
  return {
    containers: [{
      name: 'web', image: 'registry.example/web:1.0',
      command: ['sh', '-c', `export TOKEN=${C.commandValue}; exec web`],
      args: [`--password=${C.argValue}`, `--api-token=${C.argValue}`],
      env: [
        { name: 'DB_PASSWORD', value: env },
        { name: 'API_TOKEN', value: env },
        { name: 'FROM_SECRET', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
      ],
      securityContext: { privileged: true, allowPrivilegeEscalation: true, capabilities: { add: ['NET_ADMIN', 'SYS_ADMIN'] } },
    }],
    initContainers: [{ name: 'migrate', image: 'registry.example/migrate:1.0', env: [{ name: 'MIGRATION_SECRET', value: init }], securityContext: { privileged: true } }],
    ephemeralContainers: [{ name: 'debug', image: 'busybox', env: [{ name: 'DEBUG_TOKEN', value: ephemeral }] }],
    hostNetwork: true, hostPID: true,
  };
}

function workloads(): string {
  const deploy = {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: {
      name: 'web', namespace: 'shop',
      annotations: { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied({ kind: 'Deployment', spec: { template: { spec: { containers: [{ name: 'web', env: [{ name: 'DB_PASSWORD', value: C.lastAppliedEnv }] }] } } } }) },
    },
    spec: { selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: podSpec(C.envValue, C.envInit, C.envEphemeral) } },
  };
  const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings', namespace: 'shop' }, data: { 'token': C.configMapToken } };
  return [deploy, cm].map((d) => YAML.stringify(d)).join('---\n');
}

function kubeconfig(): string {
  return YAML.stringify({
    apiVersion: 'v1', kind: 'Config', 'current-context': 'admin',
    clusters: [{ name: 'prod', cluster: { server: 'https://10.0.0.1:6443', 'insecure-skip-tls-verify': true } }],
    contexts: [{ name: 'admin', context: { cluster: 'prod', user: 'admin' } }],
    users: [
      { name: 'admin', user: { token: C.kubeconfigToken, 'client-key-data': b64(pem(C.clientKey)), password: C.kubeconfigPassword, username: 'admin' } },
      { name: 'oidc', user: { 'auth-provider': { name: 'oidc', config: { 'client-secret': C.oidcSecret, 'id-token': C.kubeconfigToken } } } },
    ],
  });
}

function encryptionConfig(): string {
  return YAML.stringify({
    apiVersion: 'apiserver.config.k8s.io/v1', kind: 'EncryptionConfiguration',
    resources: [{
      resources: ['secrets'],
      providers: [
        { aescbc: { keys: [{ name: 'key1', secret: b64(C.aescbc) }, { name: 'raw', secret: C.aescbc }] } },
        { secretbox: { keys: [{ name: 'key2', secret: C.secretbox }] } },
        { identity: {} },
      ],
    }],
  });
}

/** A kubectl-style dump: a YAML List and a JSON List with Secrets and Pods. */
function clusterDump(): { yaml: string; json: string } {
  const secret = (name: string, v: string) => ({
    apiVersion: 'v1', kind: 'Secret', type: 'Opaque',
    metadata: { name, namespace: 'shop', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied({ data: { v: b64(v) } }) } },
    data: { v: b64(v) },
  });
  const pod = (name: string, env: string) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'shop' }, spec: podSpec(env, env, env) });
  return {
    yaml: YAML.stringify({ apiVersion: 'v1', kind: 'List', items: [secret('dump-secret', C.dumpSecret), pod('dump-pod', C.dumpEnv)] }),
    json: JSON.stringify({ apiVersion: 'v1', kind: 'List', items: [secret('json-secret', C.dumpSecret), pod('json-pod', C.jsonDumpEnv)] }, null, 2),
  };
}

/** YAML (and JSON) syntax errors on the very line that holds a secret. */
const BROKEN: Record<string, string> = {
  'quoted.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: q}\nstringData:\n  password: "${C.brokenQuoted}\n`,
  'verbatim-tag.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: t}\nstringData:\n  password: !<${C.brokenVerbatimTag}> x\n  other: [\n`,
  'tag-handle.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: h}\nstringData:\n  password: !${C.brokenTagHandle}!x value\n`,
  'directive.yaml': `%${C.brokenDirective} 1\n---\napiVersion: v1\nkind: Secret\nmetadata: {name: d}\nstringData: {a: [}\n`,
  'alias.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: a}\nstringData:\n  password: *${C.brokenAlias}\n`,
  'key.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: k}\nstringData:\n  ${C.brokenKey}: a: b\n`,
  'tab.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: tab}\nstringData:\n\tpassword: ${C.brokenTab}\n`,
  'flow.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: f}\nstringData: {password: ${C.brokenFlow}, ]\n`,
  'broken.json': `{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "j"}, "stringData": {"password": "${C.brokenJson}"`,
  'duplicate.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: dup}\nstringData:\n  password: ${C.brokenDuplicate}\n  password: ${C.brokenDuplicate}2\n`,
  'escape.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: e}\nstringData:\n  password: "${C.brokenEscape}\\q"\n`,
  'long-key.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: l}\nstringData: {${C.brokenLongKey}${'y'.repeat(1100)}: v\n`,
  'indent.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: i}\nstringData:\n    password: ${C.brokenIndent}\n  token: ${C.brokenIndent}\n`,
  'block-scalar.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: b}\nstringData:\n  password: |${C.brokenBlockScalar}\n    x\n`,
  'anchor.yaml': `apiVersion: v1\nkind: Secret\nmetadata: {name: an}\nstringData:\n  password: &${C.brokenAnchorProps} &b *c\n`,
};

let base = '';
let inputs: string[] = [];

/** A node bundle as a compromised or foreign collector could write it: nothing redacted. */
function unredactedNodeBundle(dir: string): void {
  const apiserverArgs = [
    'kube-apiserver', '--encryption-provider-config=/etc/kubernetes/enc/enc.yaml', `--oidc-client-secret=${C.apiserverFlag}`,
    '--token-auth-file=/etc/kubernetes/tokens.csv', '--anonymous-auth=true', '--profiling=true', '--authorization-mode=AlwaysAllow',
  ];
  const staticPod = YAML.stringify({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'kube-apiserver', namespace: 'kube-system' },
    spec: { containers: [{
      name: 'kube-apiserver', image: 'registry.k8s.io/kube-apiserver:v1.31.2', command: [...apiserverArgs.slice(0, 2), `--oidc-client-secret=${C.manifestFlag}`, '--anonymous-auth=false'],
      env: [{ name: 'AWS_SECRET_ACCESS_KEY', value: C.staticPodEnv }, { name: 'HTTPS_PROXY', value: `http://user:${C.staticPodEnv}@proxy:3128` }],
    }] },
  });
  const etcdPod = YAML.stringify({
    apiVersion: 'v1', kind: 'Pod', metadata: { name: 'etcd', namespace: 'kube-system' },
    spec: { containers: [{
      name: 'etcd', image: 'registry.k8s.io/etcd:3.5.15-0', command: ['etcd', `--initial-cluster-token=${C.staticPodEnv}`, '--client-cert-auth=true'],
      env: [{ name: 'ETCD_INITIAL_CLUSTER_TOKEN', value: C.staticPodEnv }, { name: 'ETCD_PEER_CLIENT_CERT_AUTH', value: 'false' }],
    }] },
  });
  const b = nodeBundle({
    'processes/apiserver.cmdline': argv(...apiserverArgs),
    'processes/etcd.cmdline': argv('etcd', `--initial-cluster-token=${C.etcdToken}`, '--client-cert-auth=false', '--data-dir=/var/lib/etcd'),
    'processes/etcd.env': `ETCD_INITIAL_CLUSTER_TOKEN=${C.etcdEnv}\nETCD_PEER_AUTO_TLS=true\nETCD_PASSWORD=${C.etcdEnv}\n`,
    'processes/kubelet.cmdline': argv('kubelet', '--kubeconfig=/etc/kubernetes/kubelet.conf', '--config=/var/lib/kubelet/config.yaml', `--bootstrap-token=${C.kubeconfigToken}`),
    'files/etc/kubernetes/manifests/kube-apiserver.yaml': staticPod,
    'files/etc/kubernetes/manifests/etcd.yaml': etcdPod,
    'files/etc/kubernetes/enc/enc.yaml': encryptionConfig(),
    'files/etc/kubernetes/kubelet.conf': kubeconfig(),
    'files/etc/kubernetes/tokens.csv': `${C.kubeconfigToken},admin,1\n`,
    'files/var/lib/kubelet/config.yaml': YAML.stringify({
      apiVersion: 'kubelet.config.k8s.io/v1beta1', kind: 'KubeletConfiguration',
      authentication: { anonymous: { enabled: true } }, authorization: { mode: 'AlwaysAllow' },
      staticPodURLHeader: { Authorization: [`Bearer ${C.kubeletHeader}`] },
    }),
  }, {
    node: { name: 'cp-leaky', roles: ['control-plane', 'worker'] },
    components: [
      { name: 'apiserver', pid: 10, cmdline: 'processes/apiserver.cmdline', version: 'v1.31.2' },
      { name: 'etcd', pid: 11, cmdline: 'processes/etcd.cmdline', env: 'processes/etcd.env', version: '3.5.15' },
      { name: 'kubelet', pid: 12, cmdline: 'processes/kubelet.cmdline', version: 'v1.31.2' },
    ],
  });
  writeMembers(dir, b.members);
}

/** A cluster bundle with Secrets and env values left in (no collector would write this; a forged one could). */
function unredactedClusterBundle(dir: string): void {
  const dump = clusterDump();
  const b = clusterBundle({
    'cluster/version.json': JSON.stringify({ gitVersion: 'v1.31.2' }),
    'cluster/resources/secrets.core.yaml': YAML.stringify({ apiVersion: 'v1', kind: 'List', items: [YAML.parse(secretManifest())] }),
    'cluster/resources/pods.core.yaml': dump.yaml.replaceAll(C.dumpEnv, C.bundleEnv).replaceAll(C.dumpSecret, C.bundleSecret),
    'cluster/resources/configmaps.core.yaml': YAML.stringify({ apiVersion: 'v1', kind: 'List', items: [{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'kubeadm-config', namespace: 'kube-system' }, data: { token: C.configMapToken } }] }),
  });
  writeMembers(dir, b.members);
}

function writeMembers(dir: string, members: Map<string, Buffer>): void {
  for (const [name, data] of members) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), data);
  }
}

/** Bundles from the real collector: a hostile control-plane node and a cluster whose workloads carry env values. */
async function collectorBundles(dir: string): Promise<string[]> {
  const cp = buildControlPlane(dir, { hostile: true });
  const nodeOut = path.join(dir, 'node.tar.gz');
  const objects: KObject[] = [...clusterObjects(), {
    apiVersion: 'apps/v1', kind: 'Deployment',
    metadata: { name: 'leaky', namespace: 'team-a', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': lastApplied({ env: C.collectedEnv }) } },
    spec: { selector: { matchLabels: { app: 'leaky' } }, template: { metadata: { labels: { app: 'leaky' } }, spec: podSpec(C.collectedEnv, C.collectedEnv, C.collectedEnv) } },
  }];
  const api = await startFakeApiServer({ objects, configz: clusterConfigz(), gitVersion: 'v1.31.4' });
  const clusterOut = path.join(dir, 'cluster.tar.gz');
  try {
    const kc = api.writeKubeconfig(path.join(dir, 'kubeconfig'), { cluster: 'leaky', context: 'admin@leaky' });
    const [n, c] = await Promise.all([
      run(SHELLS.dash, COLLECTOR, ['node', '--root', cp.root, '--proc', cp.proc, '--out', nodeOut], { TMPDIR: dir, SOURCE_DATE_EPOCH: '1736931600' }),
      // The types that carry secrets and env values (the full set takes several seconds; the cluster tests cover it).
      run(SHELLS.dash, COLLECTOR, ['cluster', '--kubeconfig', kc, '--resources', 'secrets,pods,deployments.apps,configmaps', '--out', clusterOut], { HOME: dir, TMPDIR: dir, KUBECONFIG: '' }),
    ]);
    assert.is(n.code, 0, n.stderr);
    assert.is(c.code, 0, c.stderr);
  } finally {
    await api.close();
  }
  return [nodeOut, clusterOut];
}

test.before(async () => {
  base = tempDir('secrets');
  const m = path.join(base, 'manifests');
  mkdirSync(m);
  writeFileSync(path.join(m, 'secret.yaml'), secretManifest());
  writeFileSync(path.join(m, 'workloads.yaml'), workloads());
  writeFileSync(path.join(m, 'kubeconfig.yaml'), kubeconfig());
  writeFileSync(path.join(m, 'encryption.yaml'), encryptionConfig());
  const dump = clusterDump();
  writeFileSync(path.join(m, 'dump.yaml'), dump.yaml);
  writeFileSync(path.join(m, 'dump.json'), dump.json);
  const broken = path.join(base, 'broken');
  mkdirSync(broken);
  for (const [f, text] of Object.entries(BROKEN)) writeFileSync(path.join(broken, f), text);
  unredactedNodeBundle(path.join(base, 'node-bundle'));
  unredactedClusterBundle(path.join(base, 'cluster-bundle'));
  const collected = await collectorBundles(path.join(base, 'collected'));
  inputs = [m, broken, path.join(base, 'node-bundle'), path.join(base, 'cluster-bundle'), ...collected];
});
test.after(() => removeDir(base));

test('the corpus really holds the canaries (the test can fail)', () => {
  const all = [
    ...readdirSync(path.join(base, 'manifests')).map((f) => readFileSync(path.join(base, 'manifests', f), 'utf8')),
    ...Object.values(BROKEN),
    readFileSync(path.join(base, 'node-bundle', 'processes', 'etcd.env'), 'utf8'),
  ].join('\n');
  for (const k of ['secretData', 'stringData', 'lastAppliedSecret', 'envValue', 'kubeconfigToken', 'clientKey', 'aescbc'] as const) {
    assert.ok(all.includes(C[k]) || all.includes(b64(C[k])) || all.includes(b64(pem(C[k]))), k);
  }
});

/** Every benchmark and profile the build ships, so rules added later are covered without touching this test. */
function benchmarkIds(): string[] {
  const r = runCli(['benchmarks', '--format', 'json']);
  assert.is(r.code, 0, r.stderr);
  const list = JSON.parse(r.stdout) as { id: string }[];
  assert.ok(list.length > 3, 'benchmarks listed');
  return list.map((b) => b.id);
}

test('every report format of every benchmark, on stdout and through --output, holds no canary', () => {
  const out = path.join(base, 'out');
  mkdirSync(out, { recursive: true });
  const found: string[] = [];
  let report: { errors: { file: string; message: string }[]; results: { status: string; target: { name: string } }[] } | undefined;
  const formats = ['text', 'json', 'sarif', 'html', 'junit'];
  const onStdout = new Set<string>();
  benchmarkIds().forEach((id, i) => {
    // Every format through --output, and each benchmark puts another one on stdout (--format), so all five are seen there.
    const stdoutFormat = formats[i % formats.length];
    onStdout.add(stdoutFormat);
    const files = formats.map((f) => [f, path.join(out, `${id}.${f}`)] as const);
    const r = scan(['--benchmark', id, '--format', stdoutFormat, '--verbose', '--fail-on', 'none', ...files.map(([f, p]) => `--output=${f}=${p}`), ...inputs], { timeout: 60_000 });
    assert.is(r.code, 0, r.stderr);
    assert.ok(r.stdout.length > 1000, `${id}: ${stdoutFormat} on stdout`);
    found.push(...leaks(`${id} --format ${stdoutFormat} --verbose`, r.stdout), ...leaks(`${id} stderr`, r.stderr));
    for (const [f, p] of files) found.push(...leaks(`${id} --output ${f}`, readFileSync(p, 'utf8')));
    if (id === 'cis-1.11') report = JSON.parse(readFileSync(path.join(out, `${id}.json`), 'utf8'));
  });
  assert.equal([...onStdout].sort(), [...formats].sort());
  assert.equal(found, []);
  // The scan did read what it had to: findings on the planted workloads and nodes, and errors for each broken file.
  assert.ok(report, 'cis-1.11 was scanned');
  for (const name of ['web', 'dump-pod', 'json-pod', 'leaky', 'cp-leaky']) assert.ok(report!.results.some((x) => x.target.name === name && x.status === 'fail'), `a failure on ${name}`);
  const brokenFiles = new Set(report!.errors.map((e) => e.file));
  assert.equal(Object.keys(BROKEN).filter((f) => !brokenFiles.has(f)), [], 'every broken file is an error');
});

test('error messages and --debug output: no canary, also when nothing readable remains (exit 2)', () => {
  const broken = path.join(base, 'broken');
  const only = scan(['--debug', broken]);
  assert.is(only.code, 2);
  for (const f of Object.keys(BROKEN)) assert.ok(only.stderr.includes(`kubecis: ${f}:`), `${f} is named on stderr:\n${only.stderr}`);
  const debug = scan(['--debug', '--format', 'json', ...inputs], { timeout: 60_000 });
  assert.equal([...leaks('exit-2 stderr', only.stderr), ...leaks('--debug stdout', debug.stdout), ...leaks('--debug stderr', debug.stderr)], []);
});

test('an internal error while reading a secret-bearing file: --debug shows the stack, never the content', () => {
  // A preload makes Object.freeze throw on the planted Secret, with the value in the error message: the worst case
  // of a library error that quotes its input.
  const hook = path.join(base, 'boom.mjs');
  writeFileSync(hook, `const freeze = Object.freeze;
Object.freeze = function (o) {
  if (o && typeof o === 'object' && !Array.isArray(o) && o.token === ${JSON.stringify(C.stringData)}) throw new TypeError('cannot freeze ' + o.token);
  return freeze(o);
};\n`);
  const env = { NODE_OPTIONS: `--import=${hook}` };
  const secret = path.join(base, 'manifests', 'secret.yaml');
  const workloadsFile = path.join(base, 'manifests', 'workloads.yaml');
  const plain = runInternal(['--format', 'json', secret, workloadsFile], env);
  assert.is(plain.code, 1, plain.stderr);
  const report = JSON.parse(plain.stdout) as { errors: { file: string; message: string }[] };
  assert.equal(report.errors.map((e) => [e.file, e.message]), [[secret, 'internal error while reading this file (a bug in kubecis; run with --debug for details)']]);
  assert.not.match(plain.stderr, /^\s+at /m, 'no stack without --debug');
  const dbg = runInternal(['--debug', '--format', 'json', secret, workloadsFile], env);
  assert.match(dbg.stderr, /^\s+at .*lib\/model\/parse\.ts:\d+:\d+/m, `--debug prints the stack, mapped to the TypeScript source:\n${dbg.stderr}`);
  assert.equal([...leaks('internal error', plain.stderr + plain.stdout), ...leaks('internal error --debug', dbg.stderr + dbg.stdout)], []);
});

test('an internal error outside the loader: one line and exit 2, the stack only with --debug', () => {
  const hook = path.join(base, 'render-boom.mjs');
  writeFileSync(hook, `const stringify = JSON.stringify;
JSON.stringify = function (v, ...rest) {
  if (v && typeof v === 'object' && v.schemaVersion !== undefined && v.results) throw new Error('renderer broke');
  return stringify.call(this, v, ...rest);
};\n`);
  const env = { NODE_OPTIONS: `--import=${hook}` };
  const input = path.join(base, 'manifests', 'workloads.yaml');
  const plain = runInternal(['--format', 'json', input], env);
  assert.is(plain.code, 2);
  assert.is(plain.stderr, 'kubecis: internal error: renderer broke (run with --debug for details)\n');
  const dbg = runInternal(['--debug', '--format', 'json', input], env);
  assert.is(dbg.code, 2);
  assert.match(dbg.stderr, /^kubecis: internal error: renderer broke\n/);
  assert.match(dbg.stderr, /^\s+at .*\.ts:\d+:\d+/m, 'the stack follows with --debug');
  assert.equal(leaks('internal error --debug', dbg.stdout + dbg.stderr), []);
});

/** Not through scan(): that helper refuses any "internal error" on stderr, which is the point here. */
function runInternal(args: string[], env: Record<string, string>): CliRun {
  const r = runCli(['scan', ...args], { env, timeout: 30_000 });
  assert.is(r.signal, null);
  return r;
}

test.run();
