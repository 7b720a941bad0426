// apiserver-audit-log-maxsize: --audit-log-maxsize (default 0) must be at least 100; moot when the log goes to stdout.
import rule from '../../../rules/apiserver/apiserver-audit-log-maxsize.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit/audit.log';

runCases(rule, [
  { name: 'pass: exactly 100', node: api([LOG, '--audit-log-maxsize=100']), want: { status: 'pass', message: '"--audit-log-maxsize" is "100" (flag)' } },
  { name: 'pass: more than 100', node: api([LOG, '--audit-log-maxsize=300']), want: { status: 'pass' } },
  { name: 'fail: below 100', node: api([LOG, '--audit-log-maxsize=99']), want: { status: 'fail', line: argLine(1), column: C, message: '"--audit-log-maxsize" is "99" (flag), below 100' } },
  { name: 'fail: absent, the default 0 applies', node: api([LOG]), want: { status: 'fail', ...CMD, message: '"--audit-log-maxsize" is not set, so the default "0" applies, below 100 (0 means rotation at 100 MB)' } },
  { name: 'fail: repeated, the last value is too low', node: api([LOG, '--audit-log-maxsize=100', '--audit-log-maxsize=1']), want: { status: 'fail', line: argLine(2) } },
  { name: 'fail: not an integer', node: api([LOG, '--audit-log-maxsize=100d']), want: { status: 'fail', message: /not an integer/ } },
  { name: 'manual: the log goes to standard output', node: api(['--audit-log-path=-']), want: { status: 'manual', line: argLine(0), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-50', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:16:7', has: '"--audit-log-maxsize" is "50" (flag), below 100' }] },
  { fixture: 'fail-default-zero', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--audit-log-maxsize" is not set, so the default "0" applies, below 100 (0 means rotation at 100 MB)' }] },
  { fixture: 'pass-100', want: [{ node: 'cp-1', status: 'pass', has: '"--audit-log-maxsize" is "100" (flag)' }] },
]);
