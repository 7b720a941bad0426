// etcd-tls-cert: cert and key set (flag > ETCD_* > config file) and no plain http:// client URL.
import rule from '../../../rules/etcd/etcd-tls-cert.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

const TLS = ['--cert-file=/etc/kubernetes/pki/etcd/server.crt', '--key-file=/etc/kubernetes/pki/etcd/server.key', '--listen-client-urls=https://127.0.0.1:2379,https://10.0.0.5:2379'];

runCases(rule, [
  { name: 'pass: flags (kubeadm)', node: etcd(TLS), want: { status: 'pass' } },
  { name: 'pass: from environment variables', node: etcd(['--listen-client-urls=https://10.0.0.5:2379'], { ETCD_CERT_FILE: '/pki/server.crt', ETCD_KEY_FILE: '/pki/server.key' }), want: { status: 'pass', message: /\(environment variable "ETCD_CERT_FILE"\)/ } },
  { name: 'fail: key missing', node: etcd(['--cert-file=/pki/server.crt']), want: { status: 'fail', ...CMD, message: '"--key-file" is not set on the etcd server' } },
  { name: 'fail: certificates set but a plain http client URL', node: etcd([...TLS.slice(0, 2), '--listen-client-urls=https://10.0.0.5:2379,http://127.0.0.1:2379']), want: { status: 'fail', line: argLine(2), column: C, message: /serves "http:\/\/127.0.0.1:2379" without TLS/ } },
  { name: 'fail: certificates set but default listen URL (http://localhost:2379)', node: etcd(TLS.slice(0, 2)), want: { status: 'fail', ...CMD, message: /default "http:\/\/localhost:2379" applies/ } },
  { name: 'pass: config file', node: etcd([`--config-file=${CONFIG}`], {}, { [CONFIG]: 'listen-client-urls: https://10.0.0.5:2379\nclient-transport-security:\n  cert-file: /pki/server.crt\n  key-file: /pki/server.key\n' }), want: { status: 'pass' } },
  { name: 'fail: config file without key-file; flags are ignored', node: etcd([`--config-file=${CONFIG}`, '--key-file=/pki/server.key'], {}, { [CONFIG]: 'listen-client-urls: https://10.0.0.5:2379\nclient-transport-security:\n  cert-file: /pki/server.crt\n' }), want: { status: 'fail', line: 2, column: 1, message: '"client-transport-security.key-file" is not set on the etcd server' } },
  { name: 'error: config file not collected', node: etcd([`--config-file=${CONFIG}`]), want: { status: 'error', line: argLine(0) } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-key-missing', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:11:5', has: '"--key-file" is not set on the etcd server' }] },
  { fixture: 'fail-plain-http-listener', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:17:7', has: '"--listen-client-urls" is "https://10.0.0.10:2379,http://127.0.0.1:2379" (flag), which serves "http://127.0.0.1:2379" without TLS' }] },
  { fixture: 'pass-kubeadm', want: [{ node: 'cp-1', status: 'pass', has: '"--cert-file" is "/etc/kubernetes/pki/etcd/server.crt" (flag), "--key-file" is "/etc/kubernetes/pki/etcd/server.key" (flag)' }] },
]);
