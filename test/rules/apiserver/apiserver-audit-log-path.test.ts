// apiserver-audit-log-path: an audit log destination must be set.
import rule from '../../../rules/apiserver/apiserver-audit-log-path.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: a file', node: api(['--audit-log-path=/var/log/kubernetes/audit/audit.log']), want: { status: 'pass' } },
  { name: 'pass: standard output', node: api(['--audit-log-path=-']), want: { status: 'pass' } },
  { name: 'fail: not set', node: api(['--audit-policy-file=/etc/kubernetes/audit-policy.yaml']), want: { status: 'fail', ...CMD, message: '"--audit-log-path" is not set on the API server' } },
  { name: 'fail: empty', node: api(['--audit-log-path=']), want: { status: 'fail', line: argLine(0), column: C } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--audit-log-path" is not set on the API server' }] },
  { fixture: 'pass-file', want: [{ node: 'cp-1', status: 'pass', has: '"--audit-log-path" is "/var/log/kubernetes/audit/audit.log" (flag)' }] },
]);
