// apiserver-audit-log-maxage: --audit-log-maxage (default 0) must be at least 30; moot when the log goes to stdout.
import rule from '../../../rules/apiserver/apiserver-audit-log-maxage.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit/audit.log';

runCases(rule, [
  { name: 'pass: exactly 30', node: api([LOG, '--audit-log-maxage=30']), want: { status: 'pass', message: '"--audit-log-maxage" is "30" (flag)' } },
  { name: 'pass: more than 30', node: api([LOG, '--audit-log-maxage=90']), want: { status: 'pass' } },
  { name: 'fail: below 30', node: api([LOG, '--audit-log-maxage=29']), want: { status: 'fail', line: argLine(1), column: C, message: '"--audit-log-maxage" is "29" (flag), below 30' } },
  { name: 'fail: absent, the default 0 applies', node: api([LOG]), want: { status: 'fail', ...CMD, message: '"--audit-log-maxage" is not set, so the default "0" applies, below 30 (0 means no removal by age)' } },
  { name: 'fail: repeated, the last value is too low', node: api([LOG, '--audit-log-maxage=30', '--audit-log-maxage=1']), want: { status: 'fail', line: argLine(2) } },
  { name: 'fail: not an integer', node: api([LOG, '--audit-log-maxage=30d']), want: { status: 'fail', message: /not an integer/ } },
  { name: 'manual: the log goes to standard output', node: api(['--audit-log-path=-']), want: { status: 'manual', line: argLine(0), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-7', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:16:7', has: '"--audit-log-maxage" is "7" (flag), below 30' }] },
  { fixture: 'fail-default-zero', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--audit-log-maxage" is not set, so the default "0" applies, below 30 (0 means no removal by age)' }] },
  { fixture: 'pass-30', want: [{ node: 'cp-1', status: 'pass', has: '"--audit-log-maxage" is "30" (flag)' }] },
]);
