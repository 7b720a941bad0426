// apiserver-audit-log-maxbackup: --audit-log-maxbackup (default 0) must be at least 10; moot when the log goes to stdout.
import rule from '../../../rules/apiserver/apiserver-audit-log-maxbackup.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit/audit.log';

runCases(rule, [
  { name: 'pass: exactly 10', node: api([LOG, '--audit-log-maxbackup=10']), want: { status: 'pass', message: '"--audit-log-maxbackup" is "10" (flag)' } },
  { name: 'pass: more than 10', node: api([LOG, '--audit-log-maxbackup=30']), want: { status: 'pass' } },
  { name: 'fail: below 10', node: api([LOG, '--audit-log-maxbackup=9']), want: { status: 'fail', line: argLine(1), column: C, message: '"--audit-log-maxbackup" is "9" (flag), below 10' } },
  { name: 'fail: absent, the default 0 applies', node: api([LOG]), want: { status: 'fail', ...CMD, message: '"--audit-log-maxbackup" is not set, so the default "0" applies, below 10 (0 means no removal by count)' } },
  { name: 'fail: repeated, the last value is too low', node: api([LOG, '--audit-log-maxbackup=10', '--audit-log-maxbackup=1']), want: { status: 'fail', line: argLine(2) } },
  { name: 'fail: not an integer', node: api([LOG, '--audit-log-maxbackup=10d']), want: { status: 'fail', message: /not an integer/ } },
  { name: 'manual: the log goes to standard output', node: api(['--audit-log-path=-']), want: { status: 'manual', line: argLine(0), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-3', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:16:7', has: '"--audit-log-maxbackup" is "3" (flag), below 10' }] },
  { fixture: 'fail-default-zero', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--audit-log-maxbackup" is not set, so the default "0" applies, below 10 (0 means no removal by count)' }] },
  { fixture: 'pass-10', want: [{ node: 'cp-1', status: 'pass', has: '"--audit-log-maxbackup" is "10" (flag)' }] },
]);
