// The cluster collector, run for real with the real kubectl against the fake API server (paged lists).
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { startFakeApiServer, type FakeApiServer } from '../helpers/fake-apiserver.js';
import { CLUSTER_CANARY, CLUSTER_NAME, SERVER_VERSION, clusterConfigz, clusterObjects } from './fixtures/cluster.js';
import { canaryNeedles } from '../fixtures/roots/canaries.js';
import { COLLECTOR, SHELLS, bundleProblems, leaked, readBundle, run, tempDir, text, type Bundle } from './support.js';

const test = suite('collector: cluster mode');

let base = '';
let api: FakeApiServer;
let kubeconfig = '';
let full: Bundle;

const needles = () => [...canaryNeedles(), ...Object.values(CLUSTER_CANARY), ...Object.values(CLUSTER_CANARY).map((c) => Buffer.from(c).toString('base64'))];

async function collect(shell: 'dash' | 'busybox', extra: string[], name: string): Promise<{ bundle?: Bundle; code: number; stderr: string }> {
  const out = path.join(base, `${name}.tar.gz`);
  const r = await run(SHELLS[shell], COLLECTOR, ['cluster', '--kubeconfig', kubeconfig, '--out', out, ...extra], {
    HOME: base, TMPDIR: base, KUBECONFIG: '',
  });
  return { code: r.code, stderr: r.stderr, ...(fs.existsSync(out) ? { bundle: await readBundle(out) } : {}) };
}

test.before(async () => {
  base = tempDir('kubecis-cluster-');
  api = await startFakeApiServer({
    objects: clusterObjects(), configz: clusterConfigz(), gitVersion: SERVER_VERSION, maxPageSize: 3,
  });
  kubeconfig = api.writeKubeconfig(path.join(base, 'kubeconfig'), { cluster: CLUSTER_NAME, context: 'admin@sample' });
  const r = await collect('dash', [], 'full');
  assert.is(r.code, 0, r.stderr);
  full = r.bundle!;
});
test.after(async () => {
  await api.close();
  fs.rmSync(base, { recursive: true, force: true });
});

test('bundle.json: cluster mode, name from the kubeconfig, server version, valid and checksummed', () => {
  assert.equal(bundleProblems(full), []);
  assert.is(full.json.mode, 'cluster');
  assert.equal(full.json.cluster, { name: CLUSTER_NAME, serverVersion: SERVER_VERSION });
  assert.is(full.json.node, undefined);
  assert.is(full.json.collectedFrom, undefined);
  assert.equal(full.json.components, []);
  assert.equal(full.json.warnings, []);
  assert.is(JSON.parse(text(full, 'cluster/version.json')).gitVersion, SERVER_VERSION);
  assert.match(text(full, 'cluster/api-resources.txt'), /^NAME\s+SHORTNAMES\s+APIVERSION\s+NAMESPACED\s+KIND\s+VERBS/);
});

test('one kind: List per resource type, every object of the fixture cluster, all pages followed', () => {
  const objects = clusterObjects();
  const byFile = new Map<string, string[]>();
  for (const o of objects) {
    const [group] = o.apiVersion.includes('/') ? o.apiVersion.split('/') : ['core'];
    const plural = { NetworkPolicy: 'networkpolicies', Ingress: 'ingresses' }[o.kind] ?? `${o.kind.toLowerCase()}s`;
    const file = `cluster/resources/${plural}.${group}.yaml`;
    if (o.kind === 'ConfigMap' && o.metadata.namespace !== 'kube-system') continue; // only kube-system's by default
    byFile.set(file, [...(byFile.get(file) ?? []), `${o.metadata.namespace ?? ''}/${o.metadata.name}`]);
  }
  for (const [file, want] of byFile) {
    const doc = YAML.parse(text(full, file)) as { kind: string; items: { metadata: { name: string; namespace?: string } }[] };
    assert.is(doc.kind, 'List', file);
    assert.equal(doc.items.map((i) => `${i.metadata.namespace ?? ''}/${i.metadata.name}`).sort(), want.sort(), file);
  }
  // Types with no objects still get an (empty) list: "none" is evidence too.
  assert.equal((YAML.parse(text(full, 'cluster/resources/validatingwebhookconfigurations.admissionregistration.k8s.io.yaml')) as { items: unknown[] }).items, []);
  // kubectl followed the continue tokens of the 3-item pages.
  assert.ok(api.requests.some((r) => r.path === '/api/v1/pods' && r.query.continue), 'no paged request seen');
  // Commands and their exit status.
  assert.match(text(full, 'commands.tsv'), /^# exit\tmember\tcommand\n/);
  assert.match(text(full, 'commands.tsv'), '0\tcluster/resources/pods.core.yaml\tkubectl get pods -A -o yaml\n');
});

test('Secrets keep their metadata and type, lose data, stringData and last-applied-configuration', () => {
  const doc = YAML.parse(text(full, 'cluster/resources/secrets.core.yaml')) as { items: Record<string, unknown>[] };
  assert.is(doc.items.length, 5);
  for (const s of doc.items) {
    assert.equal(Object.keys(s).sort(), ['apiVersion', 'kind', 'metadata', 'type']);
    const ann = ((s.metadata as Record<string, unknown>).annotations ?? {}) as Record<string, string>;
    assert.not.ok('kubectl.kubernetes.io/last-applied-configuration' in ann);
  }
  const db = doc.items.find((s) => (s.metadata as { name: string }).name === 'db-credentials')!;
  assert.equal((db.metadata as { annotations: object }).annotations, { 'team-a.example.com/owner': 'db-team' });
  assert.equal((db.metadata as { labels: object }).labels, { app: 'db' });
  const red = full.json.redactions.find((r) => r.path === 'cluster/resources/secrets.core.yaml');
  assert.is(red?.what, 'removed: data (5 Secrets), last-applied-configuration (2 Secrets), stringData (1 Secret)');
});

test('no Secret value, token or key survives anywhere in the archive', () => {
  assert.equal(leaked(full.raw, needles()), []);
});

test('kubelet configz per node, kube-system ConfigMaps with component configuration', () => {
  const cz = JSON.parse(text(full, 'cluster/nodes/worker-1/configz.json')) as { kubeletconfig: { authentication: { anonymous: { enabled: boolean } } } };
  assert.is(cz.kubeletconfig.authentication.anonymous.enabled, true);
  assert.ok(full.members.has('cluster/nodes/cp-1/configz.json'));
  const cms = YAML.parse(text(full, 'cluster/resources/configmaps.core.yaml')) as { items: { metadata: { name: string } }[] };
  assert.equal(cms.items.map((i) => i.metadata.name).sort(), ['kube-proxy', 'kubeadm-config', 'kubelet-config']);
});

test('errors for one type or node become warnings and collection goes on (busybox sh)', async () => {
  const other = await startFakeApiServer({
    objects: clusterObjects(), configz: { 'cp-1': 503, 'worker-1': clusterConfigz()['worker-1'] }, gitVersion: SERVER_VERSION,
    forbidden: ['secrets'],
  });
  try {
    const kc = other.writeKubeconfig(path.join(base, 'kubeconfig-2'), { cluster: 'locked-down' });
    const out = path.join(base, 'partial.tar.gz');
    const r = await run(SHELLS.busybox, COLLECTOR, [
      'cluster', '--kubeconfig', kc, '--out', out, '--resources', 'secrets,namespaces,widgets.example.com', '--cluster-name', 'prod-eu',
    ], { HOME: base, TMPDIR: base });
    assert.is(r.code, 0, r.stderr);
    const b = await readBundle(out);
    assert.equal(bundleProblems(b), []);
    assert.is(b.json.cluster.name, 'prod-eu');
    assert.ok(b.members.has('cluster/resources/namespaces.core.yaml'));
    assert.not.ok(b.members.has('cluster/resources/secrets.core.yaml'));
    assert.not.ok(b.members.has('cluster/nodes/cp-1/configz.json'));
    assert.ok(b.members.has('cluster/nodes/worker-1/configz.json'));
    const w = b.json.warnings.join('\n');
    assert.match(w, /kubectl get secrets -A -o yaml failed \(exit 1\): Error from server \(Forbidden\)/);
    assert.match(w, /kubectl get --raw \/api\/v1\/nodes\/cp-1\/proxy\/configz failed/);
    assert.match(w, /resource type widgets.example.com is not served/);
    assert.match(text(b, 'commands.tsv'), /^1\t-\tkubectl get secrets -A -o yaml \| strip-secret-values$/m);
  } finally {
    await other.close();
  }
});

test('an unreachable API server is an error, not an empty bundle', async () => {
  const kc = path.join(base, 'kubeconfig-dead');
  fs.writeFileSync(kc, fs.readFileSync(kubeconfig, 'utf8').replace(/server: .*/, 'server: http://127.0.0.1:1'));
  const r = await run(SHELLS.dash, COLLECTOR, ['cluster', '--kubeconfig', kc, '--out', path.join(base, 'dead.tar.gz'), '--request-timeout', '5s'], { HOME: base, TMPDIR: base });
  assert.is(r.code, 2);
  assert.match(r.stderr, /cannot reach the API server/);
  assert.not.ok(fs.existsSync(path.join(base, 'dead.tar.gz')));
});

test.run();
