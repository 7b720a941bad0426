// etcd-peer-tls-cert: peer cert and key set and no plain http:// peer URL.
import rule from '../../../rules/etcd/etcd-peer-tls-cert.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

const PEER = ['--peer-cert-file=/etc/kubernetes/pki/etcd/peer.crt', '--peer-key-file=/etc/kubernetes/pki/etcd/peer.key', '--listen-peer-urls=https://10.0.0.5:2380'];

runCases(rule, [
  { name: 'pass: flags (kubeadm)', node: etcd(PEER), want: { status: 'pass' } },
  { name: 'fail: both missing', node: etcd(['--listen-peer-urls=https://10.0.0.5:2380']), want: { status: 'fail', ...CMD, message: '"--peer-cert-file" and "--peer-key-file" are not set on the etcd server' } },
  { name: 'pass: from environment', node: etcd(['--listen-peer-urls=https://10.0.0.5:2380'], { ETCD_PEER_CERT_FILE: '/pki/peer.crt', ETCD_PEER_KEY_FILE: '/pki/peer.key' }), want: { status: 'pass' } },
  { name: 'fail: plain http peer URL', node: etcd([...PEER.slice(0, 2), '--listen-peer-urls=http://10.0.0.5:2380']), want: { status: 'fail', line: argLine(2), message: /without TLS/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:11:5', has: '"--peer-cert-file" and "--peer-key-file" are not set on the etcd server' }] },
  { fixture: 'pass-kubeadm', want: [{ node: 'cp-1', status: 'pass', has: '"--peer-cert-file" is "/etc/kubernetes/pki/etcd/peer.crt" (flag), "--peer-key-file" is "/etc/kubernetes/pki/etcd/peer.key" (flag)' }] },
]);
