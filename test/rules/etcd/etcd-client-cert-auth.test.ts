// etcd-client-cert-auth: defaults to false; the flag wins over ETCD_CLIENT_CERT_AUTH.
import rule from '../../../rules/etcd/etcd-client-cert-auth.js';
import { argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases, withArgs } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const etcd = (args: string[], env: Record<string, string> = {}, files: Record<string, string> = {}) => withArgs('etcd', args, { component: { env }, files });
const CONFIG = '/etc/etcd/etcd.conf.yml';

runCases(rule, [
  { name: 'pass: flag true', node: etcd(['--client-cert-auth=true']), want: { status: 'pass' } },
  { name: 'fail: absent, default false', node: etcd([]), want: { status: 'fail', ...CMD, message: '"--client-cert-auth" is not set, so the default "false" applies' } },
  { name: 'pass: environment true', node: etcd([], { ETCD_CLIENT_CERT_AUTH: 'true' }), want: { status: 'pass', message: '"--client-cert-auth" is "true" (environment variable "ETCD_CLIENT_CERT_AUTH")' } },
  { name: 'fail: environment false, points at the env entry', node: etcd([], { ETCD_CLIENT_CERT_AUTH: 'false' }), want: { status: 'fail', line: argLine(1) + 2, column: 14 } },
  { name: 'fail: flag false wins over environment true', node: etcd(['--client-cert-auth=false'], { ETCD_CLIENT_CERT_AUTH: 'true' }), want: { status: 'fail', line: argLine(0), column: C, message: '"--client-cert-auth" is "false" (flag)' } },
  { name: 'pass: flag true wins over environment false', node: etcd(['--client-cert-auth=true'], { ETCD_CLIENT_CERT_AUTH: 'false' }), want: { status: 'pass' } },
  { name: 'pass: config file', node: etcd([`--config-file=${CONFIG}`], {}, { [CONFIG]: 'client-transport-security:\n  client-cert-auth: true\n' }), want: { status: 'pass' } },
  { name: 'fail: config file false; flag ignored', node: etcd([`--config-file=${CONFIG}`, '--client-cert-auth=true'], {}, { [CONFIG]: 'client-transport-security:\n  client-cert-auth: false\n' }), want: { status: 'fail', line: 2, column: 21 } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'etcd', [
  { fixture: 'fail-default-false', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/etcd.yaml:11:5', has: '"--client-cert-auth" is not set, so the default "false" applies' }] },
  { fixture: 'fail-flag-overrides-environment', want: [{ node: 'cp-1', status: 'fail', at: 'processes/etcd.cmdline:1:58', has: '"--client-cert-auth" is "false" (flag)' }] },
  { fixture: 'pass-flag-true', want: [{ node: 'cp-1', status: 'pass', has: '"--client-cert-auth" is "true" (flag)' }] },
  { fixture: 'pass-manifest-env', want: [{ node: 'cp-1', status: 'pass', has: '"--client-cert-auth" is "true" (environment variable "ETCD_CLIENT_CERT_AUTH")' }] },
  { fixture: 'pass-process-environment', want: [{ node: 'cp-1', status: 'pass', has: '"--client-cert-auth" is "true" (environment variable "ETCD_CLIENT_CERT_AUTH")' }] },
]);
