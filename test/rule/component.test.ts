// Component settings: precedence (flag, environment, default), repeated flags, Go value parsing, locations of
// absent flags, config files found through hostPath mounts, and the checks rules are built from.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeContext } from '../../lib/engine/run.js';
import {
  checkBool, checkIntAtLeast, checkLoopback, checkNotSet, checkSet, configDocFor, configFileFor, describeSetting, flagSetting,
  hostPathOf, isLoopbackIP, isVerdict, parseGoDuration, parseGoInt, withComponent, type ComponentView,
} from '../../lib/rule/component.js';
import type { NodeFacts } from '../../lib/model/types.js';
import type { Verdict } from '../../lib/rule/types.js';
import { argLine, ARG_COLUMN, COMMAND_LOC, nodeFacts, snapshotOfFacts, type NodeSpec } from '../helpers/node-facts.js';

const test = suite('rule/component');

function view(spec: NodeSpec, name: 'apiserver' | 'etcd' = 'apiserver', minor?: number): ComponentView {
  const node: NodeFacts = nodeFacts(spec);
  const ctx = makeContext(snapshotOfFacts({ nodes: [spec] }), 'cis-1.12', minor);
  let out: ComponentView | undefined;
  withComponent(node, ctx, name, (v) => {
    out = v;
    return { status: 'pass', message: 'x' };
  });
  assert.ok(out, 'component present');
  return out!;
}

const ints: [string, number | undefined][] = [
  ['30', 30], ['+30', 30], ['-1', -1], ['030', 24], ['0x1e', 30], ['0o36', 30], ['0b11110', 30], ['0x_1e', 30], ['0', 0],
  ['', undefined], ['30d', undefined], ['3_0', undefined], ['08', undefined], ['1e3', undefined],
];
for (const [raw, want] of ints) test(`parseGoInt("${raw}") is ${want}`, () => assert.is(parseGoInt(raw), want));

const durations: [string, number | undefined][] = [
  ['1m0s', 60_000], ['300s', 300_000], ['1h', 3_600_000], ['1.5h', 5_400_000], ['2h45m', 9_900_000], ['0', 0], ['-5s', -5000],
  ['500ms', 500], ['60', undefined], ['', undefined], ['1d', undefined],
];
for (const [raw, want] of durations) test(`parseGoDuration("${raw}") is ${want}`, () => assert.is(parseGoDuration(raw), want));

const addrs: [string, boolean][] = [
  ['127.0.0.1', true], ['127.1.2.3', true], ['::1', true], ['[::1]', true], ['0:0:0:0:0:0:0:1', true], ['::ffff:127.0.0.1', true],
  ['0.0.0.0', false], ['::', false], ['10.0.0.1', false], ['localhost', false], ['127.0.0.256', false], ['', false],
];
for (const [a, want] of addrs) test(`isLoopbackIP("${a}") is ${want}`, () => assert.is(isLoopbackIP(a), want));

test('last occurrence of a repeated flag wins and is where the finding points', () => {
  const v = view({ components: { apiserver: { args: ['--profiling=false', '--secure-port=6443', '--profiling=true'] } } });
  const s = flagSetting(v, 'profiling', { default: 'true' });
  assert.is(s.value, 'true');
  assert.is(s.source, 'flag');
  assert.equal([s.loc.line, s.loc.column], [argLine(2), ARG_COLUMN]);
  const verdict = checkBool(s, false);
  assert.is(verdict.status, 'fail');
  assert.is(verdict.message, '"--profiling" is "true" (flag)');
});

test('an absent flag takes the default and points at the manifest command', () => {
  const v = view({ components: { apiserver: { args: ['--secure-port=6443'] } } });
  const s = flagSetting(v, 'profiling', { default: 'true' });
  assert.equal([s.source, s.value, s.loc.line, s.loc.column], ['default', 'true', COMMAND_LOC.line, COMMAND_LOC.column]);
  assert.is(describeSetting(s), '"--profiling" is not set, so the default "true" applies');
  assert.is(flagSetting(v, 'audit-log-path').source, 'unset');
});

test('an absent flag on a process-only component points at the command line member', () => {
  const v = view({ components: { apiserver: { source: 'process', noManifest: true, args: ['--secure-port=6443'] } } });
  const s = flagSetting(v, 'profiling', { default: 'true' });
  assert.ok(s.loc.file.endsWith('processes/apiserver.cmdline'));
  const given = flagSetting(v, 'secure-port');
  assert.equal([given.loc.line, given.loc.column], [1, 'kube-apiserver'.length + 2]);
});

test('a flag wins over its environment variable, which wins over the default', () => {
  const both = view({ components: { etcd: { args: ['--client-cert-auth=true'], env: { ETCD_CLIENT_CERT_AUTH: 'false' } } } }, 'etcd');
  const s1 = flagSetting(both, 'client-cert-auth', { env: 'ETCD_CLIENT_CERT_AUTH', default: 'false' });
  assert.equal([s1.source, s1.value], ['flag', 'true']);
  const envOnly = view({ components: { etcd: { args: [], env: { ETCD_CLIENT_CERT_AUTH: 'true' } } } }, 'etcd');
  const s2 = flagSetting(envOnly, 'client-cert-auth', { env: 'ETCD_CLIENT_CERT_AUTH', default: 'false' });
  assert.equal([s2.source, s2.value], ['environment', 'true']);
  assert.is(describeSetting(s2), '"--client-cert-auth" is "true" (environment variable "ETCD_CLIENT_CERT_AUTH")');
  const none = view({ components: { etcd: { args: [] } } }, 'etcd');
  assert.is(flagSetting(none, 'client-cert-auth', { env: 'ETCD_CLIENT_CERT_AUTH', default: 'false' }).source, 'default');
});

test('environment: the process environment when collected, else the manifest container env', () => {
  const proc = view({ components: { etcd: { source: 'process', args: [], env: { ETCD_AUTO_TLS: 'true' } } } }, 'etcd');
  const s = flagSetting(proc, 'auto-tls', { env: 'ETCD_AUTO_TLS', default: 'false' });
  assert.equal([s.source, s.value, s.loc.file.endsWith('processes/etcd.environ'), s.loc.line], ['environment', 'true', true, 1]);
  const manifest = view({ components: { etcd: { args: ['--name=m1'], env: { ETCD_AUTO_TLS: 'true' } } } }, 'etcd');
  const m = flagSetting(manifest, 'auto-tls', { env: 'ETCD_AUTO_TLS', default: 'false' });
  assert.equal([m.source, m.loc.line, m.loc.column], ['environment', argLine(1) + 3, 14]);
});

test('checkBool: Go booleans, and values that are not booleans fail', () => {
  const v = view({ components: { apiserver: { args: ['--a=F', '--b=1', '--c=yes', '--d'] } } });
  assert.is(checkBool(flagSetting(v, 'a'), false).status, 'pass');
  assert.is(checkBool(flagSetting(v, 'b'), true).status, 'pass');
  const c = checkBool(flagSetting(v, 'c'), false);
  assert.is(c.status, 'fail');
  assert.match(c.message, /not a boolean/);
  assert.is(checkBool(flagSetting(v, 'd'), true).status, 'pass', 'a bare boolean flag is true');
});

test('checkSet names every missing flag; an empty value counts as missing and points at the flag', () => {
  const v = view({ components: { apiserver: { args: ['--tls-cert-file=/a.crt', '--client-ca-file='] } } });
  const both = checkSet([flagSetting(v, 'tls-cert-file'), flagSetting(v, 'tls-private-key-file')], v);
  assert.equal([both.status, both.message], ['fail', '"--tls-private-key-file" is not set on the API server']);
  const empty = checkSet([flagSetting(v, 'client-ca-file')], v);
  assert.equal([empty.status, empty.message, empty.loc?.line], ['fail', '"--client-ca-file" is set to an empty value on the API server', argLine(1)]);
  assert.is(checkSet([flagSetting(v, 'tls-cert-file')], v).status, 'pass');
});

test('checkNotSet, checkIntAtLeast (Go octal) and checkLoopback', () => {
  const v = view({ components: { apiserver: { args: ['--token-auth-file=/t.csv', '--n=030', '--m=100', '--bind-address=0.0.0.0', '--x=abc'] } } });
  assert.is(checkNotSet(flagSetting(v, 'token-auth-file'), v).status, 'fail');
  assert.is(checkNotSet(flagSetting(v, 'basic-auth-file'), v).status, 'pass');
  const octal = checkIntAtLeast(flagSetting(v, 'n'), 30);
  assert.equal([octal.status, octal.message], ['fail', '"--n" is "030" (flag), which Go reads as 24, below 30']);
  assert.is(checkIntAtLeast(flagSetting(v, 'm'), 100).status, 'pass');
  assert.match(checkIntAtLeast(flagSetting(v, 'x'), 1).message, /not an integer/);
  assert.match(checkLoopback(flagSetting(v, 'bind-address')).message, /every interface/);
  assert.is(checkLoopback(flagSetting(v, 'other', { default: '127.0.0.1' })).status, 'pass');
});

test('drift between the process and the manifest is quoted in messages about that flag only', () => {
  const v = view({ components: { apiserver: { source: 'process', args: ['--profiling=true'], drift: ['the static pod manifest sets "--profiling=false" but the running process has "--profiling=true"'] } } });
  const m = checkBool(flagSetting(v, 'profiling'), false).message;
  assert.match(m, /the static pod manifest sets/);
  assert.not.match(checkBool(flagSetting(v, 'profiling-other', { default: 'true' }), false).message, /manifest/);
});

test('config files are found by container path or through the hostPath mount; missing and unparseable ones are errors', () => {
  const spec: NodeSpec = {
    components: { apiserver: { args: ['--audit-policy-file=/etc/audit/policy.yaml', '--encryption-provider-config=/etc/kubernetes/enc.yaml', '--x=/etc/audit/broken.yaml'], mounts: [{ hostPath: '/srv/k8s/audit', mountPath: '/etc/audit' }, { hostPath: '/etc/kubernetes', mountPath: '/etc/kubernetes' }] } },
    files: { '/srv/k8s/audit/policy.yaml': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n- level: Metadata\n', '/srv/k8s/audit/broken.yaml': null },
  };
  const v = view(spec);
  assert.is(hostPathOf(v, '/etc/audit/policy.yaml'), '/srv/k8s/audit/policy.yaml');
  assert.is(hostPathOf(v, '/var/log/x'), undefined);
  const found = configFileFor(v, '/etc/audit/policy.yaml');
  assert.equal(found.tried, ['/etc/audit/policy.yaml', '/srv/k8s/audit/policy.yaml']);
  assert.ok(found.file?.doc);
  const missing = configDocFor(v, flagSetting(v, 'encryption-provider-config'), 'encryption configuration') as Verdict;
  assert.ok(isVerdict(missing));
  assert.equal([missing.status, missing.message], ['error', 'encryption configuration "/etc/kubernetes/enc.yaml" named by "--encryption-provider-config" is not in the bundle for node "cp-1"']);
  const broken = configDocFor(v, flagSetting(v, 'x'), 'audit policy file') as Verdict;
  assert.equal(broken.status, 'error');
  assert.match(broken.message, /could not be parsed/);
});

test('withComponent: absent component is not-applicable on a node bundle, manual on an API-only node', () => {
  const ctx = makeContext(snapshotOfFacts({}), 'cis-1.12');
  const never = () => { throw new Error('must not run'); };
  assert.is(withComponent(nodeFacts({ components: {} }), ctx, 'scheduler', never).status, 'not-applicable');
  const api = withComponent(nodeFacts({ evidence: 'api', components: {} }), ctx, 'scheduler', never);
  assert.is(api.status, 'manual');
  assert.match(api.message, /known only from the cluster API/);
});

test('the minor version comes from the component, then the node, then the scan', () => {
  assert.is(view({ components: { apiserver: { version: 'v1.28.3' } }, kubernetesVersion: 'v1.31.0' }, 'apiserver', 34).minor, 28);
  assert.is(view({ components: { apiserver: {} }, kubernetesVersion: 'v1.31.0' }, 'apiserver', 34).minor, 31);
  assert.is(view({ components: { apiserver: {} } }, 'apiserver', 34).minor, 34);
});

test.run();
