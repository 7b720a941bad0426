// The collector on OpenShift: cluster mode against a fake API server that serves the OpenShift groups (the objects of
// the realistic 4.15 dump in test/fixtures/openshift/cluster), node mode on an RHCOS-style control plane root, and a
// rh-1.8 scan of both bundles deciding what a dump without that evidence leaves manual.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { DEFAULT_RESOURCE_TYPES, startFakeApiServer, type FakeApiServer, type KObject, type ResourceType } from '../helpers/fake-apiserver.js';
import { runCli } from '../helpers/cli.js';
import { canaryNeedles } from '../fixtures/roots/canaries.js';
import { buildOpenShiftMaster, OCP_NODE_NAME } from '../fixtures/roots/openshift.js';
import { COLLECTOR, REPO, SHELLS, bundleProblems, leaked, parseStats, readBundle, run, tempDir, text, type Bundle } from './support.js';

const DUMP = path.join(REPO, 'test/fixtures/openshift/cluster/cluster/resources');
const OCP_VERSION = 'v1.28.11+add48d0';

/** The dump's objects and, from its file names (`<plural>.<group>.yaml`), the resource types that serve them. */
function openshiftDump(): { objects: KObject[]; types: ResourceType[] } {
  const objects: KObject[] = [];
  const types = new Map<string, ResourceType>(DEFAULT_RESOURCE_TYPES.map((t) => [`${t.name}.${t.group}`, t]));
  for (const f of fs.readdirSync(DUMP).sort()) {
    const [plural, ...g] = f.replace(/\.yaml$/, '').split('.');
    const group = g.join('.') === 'core' ? '' : g.join('.');
    const items = (YAML.parse(fs.readFileSync(path.join(DUMP, f), 'utf8')) as { items: KObject[] }).items;
    objects.push(...items);
    if (!types.has(`${plural}.${group}`) && items.length > 0) {
      types.set(`${plural}.${group}`, {
        group, version: items[0].apiVersion.split('/')[1], name: plural, kind: items[0].kind, namespaced: items.some((i) => i.metadata.namespace !== undefined),
      });
    }
  }
  // Served but forbidden to the collector, and an optional group with one object.
  types.set('oauths.config.openshift.io', { group: 'config.openshift.io', version: 'v1', name: 'oauths', kind: 'OAuth', namespaced: false });
  types.set('clusterlogforwarders.observability.openshift.io', { group: 'observability.openshift.io', version: 'v1', name: 'clusterlogforwarders', kind: 'ClusterLogForwarder', namespaced: true });
  objects.push({
    apiVersion: 'observability.openshift.io/v1', kind: 'ClusterLogForwarder', metadata: { name: 'audit-to-siem', namespace: 'openshift-logging' },
    spec: {
      serviceAccount: { name: 'collector' },
      outputs: [{ name: 'siem', type: 'syslog', syslog: { url: 'tls://siem.example.com:6514', rfc: 'RFC5424' } }],
      pipelines: [{ name: 'audit', inputRefs: ['audit'], outputRefs: ['siem'] }],
    },
  });
  return { objects, types: [...types.values()] };
}

const test = suite('collector: OpenShift');
let base = '';
let api: FakeApiServer;
let kubeconfig = '';
let cluster: Bundle;
let node: Bundle;
let clusterFile = '';
let nodeFile = '';

test.before(async () => {
  base = tempDir('kubecis-ocp-');
  const dump = openshiftDump();
  api = await startFakeApiServer({ objects: dump.objects, resourceTypes: dump.types, gitVersion: OCP_VERSION, forbidden: ['oauths.config.openshift.io'] });
  kubeconfig = api.writeKubeconfig(path.join(base, 'kubeconfig'), { cluster: 'prod-east' });
  clusterFile = path.join(base, 'cluster.tar.gz');
  const c = await run(SHELLS.dash, COLLECTOR, ['cluster', '--kubeconfig', kubeconfig, '--out', clusterFile], { HOME: base, TMPDIR: base, KUBECONFIG: '' });
  assert.is(c.code, 0, c.stderr);
  cluster = await readBundle(clusterFile);
  const m = buildOpenShiftMaster(base);
  nodeFile = path.join(base, 'master-0.tar.gz');
  const n = await run(SHELLS.busybox, COLLECTOR, ['node', '--root', m.root, '--proc', m.proc, '--out', nodeFile, '--cluster-name', 'prod-east'], { TMPDIR: base });
  assert.is(n.code, 0, n.stderr);
  node = await readBundle(nodeFile);
});
test.after(async () => {
  await api.close();
  fs.rmSync(base, { recursive: true, force: true });
});

const names = (b: Bundle, member: string): string[] => {
  const doc = YAML.parse(text(b, member)) as { kind: string; items?: KObject[]; metadata: { name: string; namespace?: string } };
  const items = doc.kind === 'List' ? doc.items ?? [] : [doc as unknown as KObject];
  return items.map((i) => `${i.metadata.namespace ? `${i.metadata.namespace}/` : ''}${i.metadata.name}`).sort();
};

test('cluster: config.openshift.io, operator.openshift.io, SCCs and log forwarders, one List per type', () => {
  assert.equal(bundleProblems(cluster), []);
  for (const [member, want] of [
    ['apiservers.config.openshift.io', ['cluster']],
    ['images.config.openshift.io', ['cluster']],
    ['networks.config.openshift.io', ['cluster']],
    ['clusterversions.config.openshift.io', ['version']],
    ['kubeapiservers.operator.openshift.io', ['cluster']],
    ['openshiftapiservers.operator.openshift.io', ['cluster']],
    ['kubecontrollermanagers.operator.openshift.io', ['cluster']],
    ['kubeschedulers.operator.openshift.io', ['cluster']],
    ['etcds.operator.openshift.io', ['cluster']],
    ['clusterlogforwarders.observability.openshift.io', ['openshift-logging/audit-to-siem']],
  ] as const) {
    assert.equal(names(cluster, `cluster/resources/${member}.yaml`), want, member);
  }
  assert.ok(names(cluster, 'cluster/resources/securitycontextconstraints.security.openshift.io.yaml').includes('privileged'));
});

test('cluster: the operators\' config and pod ConfigMaps, one member per namespace, nothing else', () => {
  assert.equal(names(cluster, 'cluster/resources/configmaps.core.openshift-kube-apiserver.yaml'), ['openshift-kube-apiserver/config']);
  assert.equal(names(cluster, 'cluster/resources/configmaps.core.openshift-apiserver.yaml'), ['openshift-apiserver/config']);
  assert.equal(names(cluster, 'cluster/resources/configmaps.core.openshift-kube-controller-manager.yaml'),
    ['openshift-kube-controller-manager/config', 'openshift-kube-controller-manager/kube-controller-manager-pod']);
  assert.equal(names(cluster, 'cluster/resources/configmaps.core.openshift-kube-scheduler.yaml'), ['openshift-kube-scheduler/kube-scheduler-pod']);
  // The embedded config survives byte for byte (kubectl's single-quoted JSON).
  assert.match(text(cluster, 'cluster/resources/configmaps.core.openshift-kube-apiserver.yaml'), /"anonymous-auth":\["true"\]/);
  // No ConfigMap of other namespaces (the dump has one in "shop").
  assert.not.ok(cluster.names.some((n) => /configmaps\.core\.shop/.test(n)));
  assert.not.match(cluster.raw.toString('latin1'), /openshift-service-ca\.crt/);
});

test('cluster: forbidden, not served and not found are warnings; the rest is collected', () => {
  const w = cluster.json.warnings.join('\n');
  assert.match(w, /kubectl get oauths\.config\.openshift\.io -A -o yaml failed \(exit 1\): Error from server \(Forbidden\)/);
  assert.match(w, /resource type networks\.operator\.openshift\.io is not served by this OpenShift cluster/);
  assert.match(w, /resource type authentications\.operator\.openshift\.io is not served by this OpenShift cluster/);
  assert.match(w, /ConfigMap openshift-kube-scheduler\/config not found/);
  assert.not.ok(cluster.members.has('cluster/resources/oauths.config.openshift.io.yaml'));
  assert.match(text(cluster, 'commands.tsv'), /^1\t-\tkubectl get oauths\.config\.openshift\.io -A -o yaml$/m);
  assert.match(text(cluster, 'commands.tsv'),
    /^0\tcluster\/resources\/configmaps\.core\.openshift-kube-scheduler\.yaml\tkubectl get configmaps -n openshift-kube-scheduler config kube-scheduler-pod -o yaml --ignore-not-found$/m);
  // Optional types this server does not serve are not warned about.
  assert.not.match(w, /clusterlogforwarders\.logging|clusterimagepolicies|flowschemas/);
});

test('node: static-pod-resources tree, node kubeconfig, etcd member folder, CNI and Open vSwitch folders as stats', () => {
  assert.equal(bundleProblems(node), []);
  assert.is(node.json.node?.name, OCP_NODE_NAME);
  assert.equal(node.json.node?.roles, ['control-plane', 'worker']);
  const stats = parseStats(text(node, 'stats.tsv'));
  const row = (p: string) => {
    const r = stats.get(p);
    assert.ok(r, `no stats line for ${p}`);
    return [r!.type, r!.mode, r!.user, r!.group].join(' ');
  };
  const spr = '/etc/kubernetes/static-pod-resources';
  assert.is(row(spr), 'dir 0755 root root');
  assert.is(row(`${spr}/kube-apiserver-pod-11/kube-apiserver-pod.yaml`), 'file 0600 root root');
  assert.is(row(`${spr}/kube-apiserver-pod-12/kube-apiserver-pod.yaml`), 'file 0644 root root');
  assert.is(row(`${spr}/kube-apiserver-pod-12/secrets/etcd-client/tls.key`), 'file 0600 root root');
  assert.is(row(`${spr}/kube-controller-manager-pod-9/configmaps/controller-manager-kubeconfig/kubeconfig`), 'file 0600 root root');
  assert.is(row(`${spr}/etcd-certs/secrets/etcd-all-certs/etcd-peer-master-0.key`), 'file 0600 root root');
  assert.is(row('/etc/kubernetes/manifests/kube-scheduler-pod.yaml'), 'file 0600 root root');
  assert.is(row('/etc/kubernetes/kubeconfig'), 'file 0600 root root');
  assert.is(row('/var/lib/etcd/member'), 'dir 0700 root root');
  assert.is(row('/etc/kubernetes/cni/net.d/00-multus.conf'), 'file 0644 root root');
  // /var/run is a link to ../run: the folders are recorded under their resolved paths, entries included.
  assert.is(row('/run/multus/cni/net.d/10-ovn-kubernetes.conf'), 'file 0600 root root');
  assert.is(row('/run/openvswitch/ovs-vswitchd.pid'), 'file 0600 openvswitch openvswitch');
  assert.is(row('/etc/openvswitch/conf.db'), 'file 0600 openvswitch openvswitch');
  assert.is(row('/run/openshift-sdn'), 'missing - - -');
  // Stats only: nothing under the static pod resources is copied, and no key or token reaches the bundle.
  assert.equal(node.names.filter((n) => n.startsWith('files/etc/kubernetes/static-pod-resources')), []);
  assert.equal(leaked(node.raw, canaryNeedles()), []);
});

interface Result { ruleId: string; status: string; target: { kind: string; name: string }; message: string }

function scan(inputs: string[]): Map<string, string[]> {
  const r = runCli(['scan', '--benchmark', 'rh-1.8', '--format', 'json', ...inputs]);
  assert.ok(r.code === 0 || r.code === 1, r.stderr);
  const out = new Map<string, string[]>();
  for (const x of (JSON.parse(r.stdout) as { results: Result[] }).results) {
    // Node rules: only the node a bundle was collected from (the dump's API-only worker stays manual).
    if (x.target.kind === 'Node' && x.target.name !== OCP_NODE_NAME) continue;
    out.set(x.ruleId, [...(out.get(x.ruleId) ?? []), x.status]);
  }
  return out;
}

test('rh-1.8 scan: what a dump without this evidence leaves manual is decided from the collected bundles', async () => {
  // The same cluster collected without the OpenShift objects, and no node bundle.
  const bare = path.join(base, 'bare.tar.gz');
  const b = await run(SHELLS.dash, COLLECTOR, ['cluster', '--kubeconfig', kubeconfig, '--out', bare, '--resources', 'namespaces,nodes'], { HOME: base, TMPDIR: base, KUBECONFIG: '' });
  assert.is(b.code, 0, b.stderr);
  const before = scan([bare]);
  const after = scan([clusterFile, nodeFile]);
  const decided: Record<string, string> = {
    // From the operators' rendered kube-apiserver config.
    'ocp-apiserver-client-ca-file': 'pass',
    'ocp-controllermanager-use-service-account-credentials': 'pass',
    'ocp-apiserver-request-timeout': 'pass',
    'ocp-apiserver-admission-always-pull-images': 'fail',
    'ocp-apiserver-admission-node-restriction': 'pass',
    // From the config.openshift.io and operator.openshift.io objects.
    'ocp-apiserver-encryption': 'fail',
    'ocp-image-provenance': 'fail',
    'ocp-apiserver-unsupported-config-overrides': 'pass',
    'ocp-audit-log-forwarding': 'pass',
    // From the node's stats.
    'ocp-file-apiserver-pod-mode': 'fail',
    'ocp-file-scheduler-pod-mode': 'pass',
    'ocp-file-controllermanager-kubeconfig-mode': 'pass',
    'ocp-file-admin-kubeconfig-mode': 'pass',
    'ocp-file-etcd-data-dir-mode': 'pass',
    'ocp-file-etcd-data-dir-owner': 'fail',
    'ocp-file-pki-key-mode': 'pass',
    'ocp-file-cni-mode': 'fail',
    'ocp-file-cni-owner': 'pass',
  };
  for (const [rule, want] of Object.entries(decided)) {
    assert.ok(before.get(rule)?.every((s) => s === 'manual'), `${rule} without the evidence: ${before.get(rule)?.join(',')}`);
    assert.equal(after.get(rule), [want], rule);
  }
});

test.run();
