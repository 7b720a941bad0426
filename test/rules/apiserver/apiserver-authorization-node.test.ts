// apiserver-authorization-node: the chain must include Node.
import rule from '../../../rules/apiserver/apiserver-authorization-node.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const AUTHZ = '/etc/kubernetes/authz.yaml';
const config = (...types: string[]) => ({ [AUTHZ]: ['apiVersion: apiserver.config.k8s.io/v1', 'kind: AuthorizationConfiguration', 'authorizers:', ...types.flatMap((t) => [`- type: ${t}`, `  name: ${t.toLowerCase()}`])].join('\n') + '\n' });

runCases(rule, [
  { name: 'pass: Node,RBAC', node: api(['--authorization-mode=Node,RBAC']), want: { status: 'pass' } },
  { name: 'fail: RBAC only', node: api(['--authorization-mode=RBAC']), want: { status: 'fail', line: argLine(0), column: C, message: '"--authorization-mode" is "RBAC" (flag), which does not include "Node"' } },
  { name: 'fail: absent (AlwaysAllow)', node: api([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: mode names are case-sensitive', node: api(['--authorization-mode=node,RBAC']), want: { status: 'fail' } },
  { name: 'pass: Node authorizer in the AuthorizationConfiguration', node: api([`--authorization-config=${AUTHZ}`], { files: config('Node', 'RBAC') }), want: { status: 'pass' } },
  { name: 'fail: AuthorizationConfiguration without Node points at its authorizers', node: api([`--authorization-config=${AUTHZ}`], { files: config('RBAC') }), want: { status: 'fail', line: 3, column: 1 } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-rbac-only', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--authorization-mode" is "RBAC" (flag), which does not include "Node"' }] },
  { fixture: 'pass-node-rbac', want: [{ node: 'cp-1', status: 'pass', has: '"--authorization-mode" is "Node,RBAC" (flag)' }] },
]);
