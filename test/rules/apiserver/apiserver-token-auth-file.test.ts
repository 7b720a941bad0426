// apiserver-token-auth-file: the flag must be absent.
import rule from '../../../rules/apiserver/apiserver-token-auth-file.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';

runCases(rule, [
  { name: 'pass: not set', node: api(['--authorization-mode=Node,RBAC']), want: { status: 'pass' } },
  { name: 'fail: set to a file', node: api(['--authorization-mode=Node,RBAC', '--token-auth-file=/etc/kubernetes/tokens.csv']), want: { status: 'fail', line: argLine(1), column: C, message: '"--token-auth-file" is "/etc/kubernetes/tokens.csv" (flag), so the API server accepts what it configures' } },
  { name: 'fail: from the running process', node: api(['--token-auth-file=/t.csv'], { component: { source: 'process' } }), want: { status: 'fail', line: 1, column: 'kube-apiserver'.length + 2 } },
]);
