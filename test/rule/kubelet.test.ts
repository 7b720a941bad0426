import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import {
  atVersion, durationMs, KUBELET_SETTINGS, kubeletFeatureGate, kubeletSetting, minorOf, parseGoDuration, settingText, showValue,
} from '../../lib/rule/kubelet.js';
import { argv, clusterBundle, nodeBundle, nodeOf, readAll, type Members } from '../helpers/mini-bundle.js';

const CONFIG = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n';
const withConfig = (extra: string, ...flags: string[]): Members => ({
  'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/var/lib/kubelet/config.yaml', ...flags),
  'files/var/lib/kubelet/config.yaml': CONFIG + extra,
});
const noConfig = (...flags: string[]): Members => ({ 'processes/kubelet.cmdline': argv('/usr/bin/kubelet', ...flags) });
const version = (v: string) => ({ components: [{ name: 'kubelet', pid: 1, cmdline: 'processes/kubelet.cmdline', version: v }] });

const test = suite('rule/kubelet');

test('minorOf, atVersion', () => {
  assert.equal([minorOf('v1.31.2'), minorOf('1.28'), minorOf('v1.30.1-eks-abc'), minorOf('v2.0'), minorOf(undefined)], [31, 28, 30, undefined, undefined]);
  const qps = KUBELET_SETTINGS.eventRecordQPS.configDefault;
  assert.equal([atVersion(qps, 26), atVersion(qps, 27), atVersion(qps, 34), atVersion(qps, undefined)], [5, 50, 50, 50]);
  assert.is(atVersion(false, 12), false);
});

test('parseGoDuration', () => {
  const cases: [string, number | undefined][] = [
    ['4h0m0s', 14_400_000], ['5m', 300_000], ['1.5h', 5_400_000], ['300ms', 300], ['0', 0], ['0s', 0], ['-1m', -60_000],
    ['1h30m', 5_400_000], ['forever', undefined], ['5', undefined], ['', undefined], ['1m bogus', undefined],
  ];
  for (const [text, ms] of cases) assert.is(parseGoDuration(text), ms, text);
});

test('precedence: flag over drop-in over config file over default', () => {
  const dropIn = 'apiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\nreadOnlyPort: 10256\n';
  const base = withConfig('readOnlyPort: 10255\neventRecordQPS: 7\n', '--config-dir=/etc/kubernetes/kubelet.conf.d');
  const n = nodeOf({ ...base, 'files/etc/kubernetes/kubelet.conf.d/10-a.conf': dropIn, 'files/etc/kubernetes/kubelet.conf.d/20-b.conf': dropIn.replace('10256', '10257') });
  const ro = kubeletSetting(n, KUBELET_SETTINGS.readOnlyPort);
  assert.equal([ro.value, ro.source, ro.where], [10257, 'config-file', 'readOnlyPort in "/etc/kubernetes/kubelet.conf.d/20-b.conf"']);
  const qps = kubeletSetting(n, KUBELET_SETTINGS.eventRecordQPS);
  assert.equal([qps.value, qps.where], [7, 'eventRecordQPS in "/var/lib/kubelet/config.yaml"']);
  const flagged = nodeOf(withConfig('readOnlyPort: 10255\n', '--read-only-port=0'));
  assert.equal([kubeletSetting(flagged, KUBELET_SETTINGS.readOnlyPort).value, kubeletSetting(flagged, KUBELET_SETTINGS.readOnlyPort).source], [0, 'flag']);
});

test('defaults differ between a config file and the command line', () => {
  const file = nodeOf(withConfig(''));
  const flags = nodeOf(noConfig('--kubeconfig=/etc/kubernetes/kubelet.conf'));
  const pairs = [
    [KUBELET_SETTINGS.anonymousAuth, false, true],
    [KUBELET_SETTINGS.authorizationMode, 'Webhook', 'AlwaysAllow'],
    [KUBELET_SETTINGS.authenticationWebhook, true, false],
    [KUBELET_SETTINGS.readOnlyPort, 0, 10255],
    [KUBELET_SETTINGS.streamingConnectionIdleTimeout, '4h0m0s', '4h0m0s'],
    [KUBELET_SETTINGS.makeIPTablesUtilChains, true, true],
    [KUBELET_SETTINGS.rotateCertificates, false, false],
    [KUBELET_SETTINGS.podPidsLimit, -1, -1],
    [KUBELET_SETTINGS.seccompDefault, false, false],
  ] as const;
  for (const [spec, withFile, withoutFile] of pairs) {
    const a = kubeletSetting(file, spec);
    const b = kubeletSetting(flags, spec);
    assert.equal([a.value, a.source, b.value, b.source], [withFile, 'default', withoutFile, 'default'], spec.flag);
  }
  assert.match(kubeletSetting(flags, KUBELET_SETTINGS.readOnlyPort).where, /command-line default, as the kubelet runs without --config and without --read-only-port/);
  assert.equal(kubeletSetting(file, KUBELET_SETTINGS.readOnlyPort).loc, { file: 'node.tgz!files/var/lib/kubelet/config.yaml', line: 1, column: 1 });
});

test('version-dependent defaults use the node version, else the cluster version, else the newest', () => {
  const v126 = nodeOf(withConfig(''), version('v1.26.3'));
  const unknown = nodeOf(withConfig(''), { components: [{ name: 'kubelet', pid: 1, cmdline: 'processes/kubelet.cmdline' }], cluster: {} });
  assert.is(kubeletSetting(v126, KUBELET_SETTINGS.eventRecordQPS).value, 5);
  assert.match(kubeletSetting(v126, KUBELET_SETTINGS.eventRecordQPS).where, /^the v1\.26 kubelet default/);
  assert.is(kubeletSetting(unknown, KUBELET_SETTINGS.eventRecordQPS, 25).value, 5);
  assert.match(kubeletSetting(unknown, KUBELET_SETTINGS.eventRecordQPS).where, /version unknown, newest/);
});

test('a removed flag is ignored on versions without it', () => {
  const old = nodeOf(noConfig('--cni-conf-dir=/opt/cni/conf'), version('v1.23.9'));
  const now = nodeOf(noConfig('--cni-conf-dir=/opt/cni/conf'), version('v1.28.1'));
  assert.equal([kubeletSetting(old, KUBELET_SETTINGS.cniConfDir).value, kubeletSetting(old, KUBELET_SETTINGS.cniConfDir).source], ['/opt/cni/conf', 'flag']);
  const s = kubeletSetting(now, KUBELET_SETTINGS.cniConfDir);
  assert.equal([s.value, s.source, s.note], ['/etc/cni/net.d', 'default', '--cni-conf-dir was removed in v1.24 and has no effect']);
});

test('typed values: booleans, invalid values, lists, relative paths', () => {
  const n = nodeOf(withConfig('authentication:\n  x509:\n    clientCAFile: pki/ca.crt\ntlsCipherSuites: [A, B]\n', '--anonymous-auth=nope', '--seccomp-default'));
  const anon = kubeletSetting(n, KUBELET_SETTINGS.anonymousAuth);
  assert.equal([anon.value, anon.invalid, anon.raw], [undefined, true, 'nope']);
  assert.is(settingText('anonymous auth', anon), 'anonymous auth has the invalid value "nope" (from the --anonymous-auth flag)');
  assert.is(kubeletSetting(n, KUBELET_SETTINGS.seccompDefault).value, true);
  assert.equal(kubeletSetting(n, KUBELET_SETTINGS.tlsCipherSuites).value, ['A', 'B']);
  assert.is(kubeletSetting(n, KUBELET_SETTINGS.clientCAFile).value, '/var/lib/kubelet/pki/ca.crt');
  assert.is(durationMs(kubeletSetting(n, KUBELET_SETTINGS.streamingConnectionIdleTimeout)), 14_400_000);
  assert.equal([showValue(undefined), showValue([]), showValue(['x', 'y']), showValue('s'), showValue(0)], ['not set', 'empty', '"x,y"', '"s"', '0']);
});

test('a zero written in the config file is defaulted for non-pointer fields; the flag can set it', () => {
  const n = nodeOf(withConfig('streamingConnectionIdleTimeout: 0s\nauthorization:\n  mode: ""\nreadOnlyPort: 0\n'));
  const t = kubeletSetting(n, KUBELET_SETTINGS.streamingConnectionIdleTimeout);
  assert.equal([t.value, t.raw, t.source, t.loc?.line], ['4h0m0s', '0s', 'config-file', 3]);
  assert.is(kubeletSetting(n, KUBELET_SETTINGS.authorizationMode).value, 'Webhook');
  assert.is(kubeletSetting(n, KUBELET_SETTINGS.readOnlyPort).value, 0, 'readOnlyPort has no defaulting: 0 stays 0');
  const f = nodeOf(withConfig('streamingConnectionIdleTimeout: 4h\n', '--streaming-connection-idle-timeout=0'));
  assert.equal([kubeletSetting(f, KUBELET_SETTINGS.streamingConnectionIdleTimeout).value, kubeletSetting(f, KUBELET_SETTINGS.streamingConnectionIdleTimeout).source], ['0', 'flag']);
});

test('missing evidence: config file not collected, no kubelet at all', () => {
  const missing = nodeOf({ 'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/etc/kubelet.yaml') });
  const s = kubeletSetting(missing, KUBELET_SETTINGS.anonymousAuth);
  assert.equal([s.source, s.missing], ['not-collected', 'kubelet config file "/etc/kubelet.yaml" named by --config']);
  // A flag still decides even when the config file is missing.
  const flagged = nodeOf({ 'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/etc/kubelet.yaml', '--anonymous-auth=false') });
  assert.is(kubeletSetting(flagged, KUBELET_SETTINGS.anonymousAuth).source, 'flag');
  // With the config file missing but configz collected for the node, configz decides.
  const both = readAll(
    nodeBundle({ 'processes/kubelet.cmdline': argv('/usr/bin/kubelet', '--config=/etc/kubelet.yaml') }),
    clusterBundle({ 'cluster/nodes/node-1/configz.json': JSON.stringify({ kubeletconfig: { readOnlyPort: 10255 } }) }),
  ).nodes[0];
  const z = kubeletSetting(both, KUBELET_SETTINGS.readOnlyPort);
  assert.equal([z.value, z.source, z.note], [10255, 'configz', 'kubelet config file "/etc/kubelet.yaml" is not in the bundle']);
  const none = nodeOf({ 'stats.tsv': '# header\n' });
  assert.is(kubeletSetting(none, KUBELET_SETTINGS.anonymousAuth).source, 'not-collected');
});

test('feature gates: flag entries win per gate over the config file, defaults by version', () => {
  const n = nodeOf(withConfig('featureGates:\n  RotateKubeletServerCertificate: false\n  Other: true\n', '--feature-gates=Other=false'));
  const fromFile = kubeletFeatureGate(n, 'RotateKubeletServerCertificate');
  assert.equal([fromFile.value, fromFile.source, fromFile.loc?.line], [false, 'config-file', 4]);
  const m = nodeOf(withConfig('featureGates:\n  RotateKubeletServerCertificate: false\n', '--feature-gates=RotateKubeletServerCertificate=true'));
  assert.equal([kubeletFeatureGate(m, 'RotateKubeletServerCertificate').value, kubeletFeatureGate(m, 'RotateKubeletServerCertificate').source], [true, 'flag']);
  const d = kubeletFeatureGate(nodeOf(withConfig('')), 'RotateKubeletServerCertificate');
  assert.equal([d.value, d.source], [true, 'default']);
  const old = kubeletFeatureGate(nodeOf(withConfig(''), version('v1.11.0')), 'RotateKubeletServerCertificate');
  assert.is(old.value, false);
});

test('configz: present fields, omitted omitempty fields mean zero, flag-only settings are not visible', () => {
  const out = readAll(clusterBundle({
    'cluster/resources/nodes.core.yaml': 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Node\n  metadata:\n    name: n1\n',
    'cluster/nodes/n1/configz.json': JSON.stringify({ kubeletconfig: { eventRecordQPS: 3, featureGates: { RotateKubeletServerCertificate: false } } }),
  }));
  const n = out.nodes[0];
  assert.equal([kubeletSetting(n, KUBELET_SETTINGS.eventRecordQPS).value, kubeletSetting(n, KUBELET_SETTINGS.eventRecordQPS).source], [3, 'configz']);
  assert.equal([kubeletSetting(n, KUBELET_SETTINGS.readOnlyPort).value, kubeletSetting(n, KUBELET_SETTINGS.rotateCertificates).value], [0, false]);
  assert.equal(kubeletSetting(n, KUBELET_SETTINGS.kubeconfig).source, 'not-collected');
  assert.equal([kubeletFeatureGate(n, 'RotateKubeletServerCertificate').value, kubeletFeatureGate(n, 'RotateKubeletServerCertificate').source], [false, 'configz']);
});

test.run();
