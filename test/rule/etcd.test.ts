// etcd setting resolution: flag over ETCD_* variable over default, and a config file replacing both.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { makeContext } from '../../lib/engine/run.js';
import { isVerdict, withComponent, type ComponentView } from '../../lib/rule/component.js';
import { checkTlsUrls, etcdEnvName, etcdSettings, type EtcdSettings } from '../../lib/rule/etcd.js';
import type { Verdict } from '../../lib/rule/types.js';
import { nodeFacts, snapshotOfFacts, type NodeSpec } from '../helpers/node-facts.js';

const test = suite('rule/etcd');

function settings(spec: NodeSpec): EtcdSettings | Verdict {
  let v: ComponentView | undefined;
  withComponent(nodeFacts(spec), makeContext(snapshotOfFacts({ nodes: [spec] }), 'cis-1.12'), 'etcd', (x) => ((v = x), { status: 'pass', message: 'x' }));
  return etcdSettings(v!);
}

test('env names', () => {
  assert.is(etcdEnvName('peer-client-cert-auth'), 'ETCD_PEER_CLIENT_CERT_AUTH');
});

test('flag wins over environment, environment over default', () => {
  const e = settings({ components: { etcd: { args: ['--client-cert-auth=false'], env: { ETCD_CLIENT_CERT_AUTH: 'true', ETCD_AUTO_TLS: 'true' } } } }) as EtcdSettings;
  assert.equal([e.get('client-cert-auth').source, e.get('client-cert-auth').value], ['flag', 'false']);
  assert.equal([e.get('auto-tls').source, e.get('auto-tls').value], ['environment', 'true']);
  assert.equal([e.get('peer-auto-tls').source, e.get('peer-auto-tls').value], ['default', 'false']);
  assert.equal(e.get('listen-client-urls').value, 'http://localhost:2379');
});

const CONFIG = 'name: m1\nlisten-client-urls: https://10.0.0.1:2379\nclient-transport-security:\n  cert-file: /pki/server.crt\n  client-cert-auth: true\n';

test('a config file replaces flags and environment; absent keys take defaults', () => {
  const e = settings({
    components: { etcd: { args: ['--config-file=/etc/etcd/etcd.yaml', '--client-cert-auth=false'], env: { ETCD_KEY_FILE: '/pki/server.key' } } },
    files: { '/etc/etcd/etcd.yaml': CONFIG },
  }) as EtcdSettings;
  assert.is(e.configFile, '/etc/etcd/etcd.yaml');
  const cca = e.get('client-cert-auth');
  assert.equal([cca.source, cca.value, cca.configField, cca.loc.line], ['config file', 'true', 'client-transport-security.client-cert-auth', 5]);
  assert.equal([e.get('key-file').source], ['unset'], 'ETCD_KEY_FILE is ignored with a config file');
  assert.equal([e.get('auto-tls').source, e.get('auto-tls').value], ['default', 'false']);
});

test('ETCD_CONFIG_FILE names the config file too; a missing one is an error', () => {
  const e = settings({ components: { etcd: { env: { ETCD_CONFIG_FILE: '/etc/etcd/etcd.yaml' } } } });
  assert.ok(isVerdict(e));
  assert.is((e as Verdict).status, 'error');
  assert.match((e as Verdict).message, /etcd configuration file "\/etc\/etcd\/etcd.yaml"/);
});

test('checkTlsUrls: plain http fails, https and unix sockets pass', () => {
  const e = settings({ components: { etcd: { args: ['--listen-client-urls=https://10.0.0.1:2379,http://127.0.0.1:2379', '--listen-peer-urls=https://10.0.0.1:2380,unix://etcd.sock'] } } }) as EtcdSettings;
  assert.match(checkTlsUrls(e.get('listen-client-urls'))!.message, /serves "http:\/\/127.0.0.1:2379" without TLS/);
  assert.is(checkTlsUrls(e.get('listen-peer-urls')), undefined);
});

test.run();
