// etcd-peer-client-cert-auth: defaults to false; the flag wins over ETCD_PEER_CLIENT_CERT_AUTH.
import rule from '../../../rules/etcd/etcd-peer-client-cert-auth.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

runCases(rule, [
  { name: 'pass: true', node: etcd(['--peer-client-cert-auth=true']), want: { status: 'pass' } },
  { name: 'fail: absent, default false', node: etcd([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: flag false wins over environment true', node: etcd(['--peer-client-cert-auth=false'], { ETCD_PEER_CLIENT_CERT_AUTH: 'true' }), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'pass: environment true', node: etcd([], { ETCD_PEER_CLIENT_CERT_AUTH: 'true' }), want: { status: 'pass' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-default-false', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:11:5', has: '"--peer-client-cert-auth" is not set, so the default "false" applies' }] },
  { fixture: 'pass-true', want: [{ node: 'cp-1', status: 'pass', has: '"--peer-client-cert-auth" is "true" (flag)' }] },
]);
