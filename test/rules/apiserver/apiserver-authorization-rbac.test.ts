// apiserver-authorization-rbac: the chain must include RBAC.
import rule from '../../../rules/apiserver/apiserver-authorization-rbac.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const AUTHZ = '/etc/kubernetes/authz.yaml';
const config = (...types: string[]) => ({ [AUTHZ]: ['apiVersion: apiserver.config.k8s.io/v1', 'kind: AuthorizationConfiguration', 'authorizers:', ...types.flatMap((t) => [`- type: ${t}`, `  name: ${t.toLowerCase()}`])].join('\n') + '\n' });

runCases(rule, [
  { name: 'pass: Node,RBAC', node: api(['--authorization-mode=Node,RBAC']), want: { status: 'pass' } },
  { name: 'pass: with a webhook', node: api(['--authorization-mode=Node,Webhook,RBAC']), want: { status: 'pass' } },
  { name: 'fail: Node,Webhook', node: api(['--authorization-mode=Node,Webhook']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: absent (AlwaysAllow)', node: api([]), want: { status: 'fail', ...CMD } },
  { name: 'pass: RBAC authorizer in the AuthorizationConfiguration', node: api([`--authorization-config=${AUTHZ}`], { files: config('Node', 'RBAC') }), want: { status: 'pass' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-node-webhook', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--authorization-mode" is "Node,Webhook" (flag), which does not include "RBAC"' }] },
  { fixture: 'pass-node-rbac', want: [{ node: 'cp-1', status: 'pass', has: '"--authorization-mode" is "Node,RBAC" (flag)' }] },
]);
