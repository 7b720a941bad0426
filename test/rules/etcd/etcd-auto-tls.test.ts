// etcd-auto-tls: defaults to false and must not be true.
import rule from '../../../rules/etcd/etcd-auto-tls.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

runCases(rule, [
  { name: 'pass: absent, default false', node: etcd([]), want: { status: 'pass', message: '"--auto-tls" is not set, so the default "false" applies' } },
  { name: 'pass: false', node: etcd(['--auto-tls=false']), want: { status: 'pass' } },
  { name: 'fail: true', node: etcd(['--auto-tls=true']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: bare flag', node: etcd(['--auto-tls']), want: { status: 'fail', line: argLine(0) } },
  { name: 'fail: ETCD_AUTO_TLS=true', node: etcd([], { ETCD_AUTO_TLS: 'true' }), want: { status: 'fail', message: /environment variable "ETCD_AUTO_TLS"/ } },
  { name: 'pass: flag false wins over ETCD_AUTO_TLS=true', node: etcd(['--auto-tls=false'], { ETCD_AUTO_TLS: 'true' }), want: { status: 'pass' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-auto-tls', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:15:7', has: '"--auto-tls" is "true" (flag)' }] },
  { fixture: 'pass-default-false', want: [{ node: 'cp-1', status: 'pass', has: '"--auto-tls" is not set, so the default "false" applies' }] },
]);
