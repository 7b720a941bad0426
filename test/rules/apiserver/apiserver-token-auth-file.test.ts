// apiserver-token-auth-file: the flag must be absent.
import rule from '../../../rules/apiserver/apiserver-token-auth-file.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: not set', node: api(['--authorization-mode=Node,RBAC']), want: { status: 'pass' } },
  { name: 'fail: set to a file', node: api(['--authorization-mode=Node,RBAC', '--token-auth-file=/etc/kubernetes/tokens.csv']), want: { status: 'fail', line: argLine(1), column: C, message: '"--token-auth-file" is "/etc/kubernetes/tokens.csv" (flag), so the API server accepts what it configures' } },
  { name: 'fail: from the running process', node: api(['--token-auth-file=/t.csv'], { component: { source: 'process' } }), want: { status: 'fail', line: 1, column: 'kube-apiserver'.length + 2 } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-token-file', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--token-auth-file" is "/etc/kubernetes/known-tokens.csv" (flag), so the API server accepts what it configures' }] },
  { fixture: 'pass-not-set', want: [{ node: 'cp-1', status: 'pass', has: '"--token-auth-file" is not set on the API server' }] },
]);
