import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isLoopbackAddress, proxyMetricsBindAddress } from '../../lib/rule/proxy.js';
import { argv, nodeOf } from '../helpers/mini-bundle.js';

const test = suite('rule/proxy');

test('isLoopbackAddress', () => {
  const yes = ['127.0.0.1:10249', '127.0.0.1', '127.1.2.3:1', 'localhost:10249', '[::1]:10249', '::1'];
  const no = ['0.0.0.0:10249', '[::]:10249', '10.0.0.5:10249', '', ':10249', 'example.com:10249'];
  for (const a of yes) assert.ok(isLoopbackAddress(a), a);
  for (const a of no) assert.not.ok(isLoopbackAddress(a), a);
});

test('flag without --config, config file over an ignored flag, defaults by address family', () => {
  const flag = nodeOf({ 'processes/proxy.cmdline': argv('kube-proxy', '--metrics-bind-address=0.0.0.0:10249') });
  assert.equal([proxyMetricsBindAddress(flag).value, proxyMetricsBindAddress(flag).source], ['0.0.0.0:10249', 'flag']);
  const cfg = 'apiVersion: kubeproxy.config.k8s.io/v1alpha1\nkind: KubeProxyConfiguration\n';
  const withFile = nodeOf({
    'processes/proxy.cmdline': argv('kube-proxy', '--config=/etc/kp.yaml', '--metrics-bind-address=127.0.0.1:10249'),
    'files/etc/kp.yaml': `${cfg}metricsBindAddress: 0.0.0.0:10249\n`,
  });
  const s = proxyMetricsBindAddress(withFile);
  assert.equal([s.value, s.source, s.loc?.line, s.note], ['0.0.0.0:10249', 'config-file', 3, '--metrics-bind-address is ignored because --config is given']);
  const v6 = nodeOf({ 'processes/proxy.cmdline': argv('kube-proxy', '--config=/etc/kp.yaml'), 'files/etc/kp.yaml': `${cfg}bindAddress: "::"\nmetricsBindAddress: ""\n` });
  assert.equal([proxyMetricsBindAddress(v6).value, proxyMetricsBindAddress(v6).source], ['[::1]:10249', 'default']);
  assert.match(proxyMetricsBindAddress(v6).where, /leaves metricsBindAddress empty/);
  const missing = nodeOf({ 'processes/proxy.cmdline': argv('kube-proxy', '--config=/var/lib/kube-proxy/config.conf') });
  assert.is(proxyMetricsBindAddress(missing).source, 'not-collected');
});

test.run();
