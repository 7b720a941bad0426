// etcd-peer-auto-tls: defaults to false and must not be true.
import rule from '../../../rules/etcd/etcd-peer-auto-tls.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

runCases(rule, [
  { name: 'pass: absent', node: etcd([]), want: { status: 'pass' } },
  { name: 'fail: true', node: etcd(['--peer-auto-tls=true']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: environment true', node: etcd([], { ETCD_PEER_AUTO_TLS: 'true' }), want: { status: 'fail' } },
  { name: 'fail: config file peer auto-tls', node: etcd([`--config-file=${CONFIG}`], {}, { [CONFIG]: 'peer-transport-security:\n  auto-tls: true\n' }), want: { status: 'fail', line: 2, column: 13 } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-environment-true', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:20:14', has: '"--peer-auto-tls" is "true" (environment variable "ETCD_PEER_AUTO_TLS")' }] },
  { fixture: 'pass-default-false', want: [{ node: 'cp-1', status: 'pass', has: '"--peer-auto-tls" is not set, so the default "false" applies' }] },
]);
