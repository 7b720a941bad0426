// apiserver-authorization-not-always-allow: no AlwaysAllow in the chain; it is the default without a mode or config.
import rule from '../../../rules/apiserver/apiserver-authorization-not-always-allow.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const AUTHZ = '/etc/kubernetes/authz.yaml';
const config = (...types: string[]) => ({ [AUTHZ]: ['apiVersion: apiserver.config.k8s.io/v1', 'kind: AuthorizationConfiguration', 'authorizers:', ...types.flatMap((t) => [`- type: ${t}`, `  name: ${t.toLowerCase()}`])].join('\n') + '\n' });

runCases(rule, [
  { name: 'pass: Node,RBAC', node: api(['--authorization-mode=Node,RBAC']), want: { status: 'pass' } },
  { name: 'fail: absent, AlwaysAllow is the default', node: api([]), want: { status: 'fail', ...CMD, message: '"--authorization-mode" is not set, so the default "AlwaysAllow" applies, which includes "AlwaysAllow"' } },
  { name: 'fail: AlwaysAllow after RBAC still allows everything RBAC does not', node: api(['--authorization-mode=RBAC,AlwaysAllow']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: repeated flag, the last one has AlwaysAllow', node: api(['--authorization-mode=Node,RBAC', '--authorization-mode=AlwaysAllow']), want: { status: 'fail', line: argLine(1) } },
  { name: 'pass: AuthorizationConfiguration without AlwaysAllow (1.31)', kubernetesMinor: 31, node: api([`--authorization-config=${AUTHZ}`], { files: config('Node', 'RBAC') }), want: { status: 'pass' } },
  { name: 'fail: AuthorizationConfiguration with AlwaysAllow points into the file (1.34)', kubernetesMinor: 34, node: api([`--authorization-config=${AUTHZ}`], { files: config('Node', 'AlwaysAllow') }), want: { status: 'fail', line: 6, column: 9 } },
  { name: 'error: AuthorizationConfiguration not collected', node: api([`--authorization-config=${AUTHZ}`]), want: { status: 'error', message: /authorization configuration "\/etc\/kubernetes\/authz.yaml" named by "--authorization-config" is not in the bundle/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-default-always-allow', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--authorization-mode" is not set, so the default "AlwaysAllow" applies, which includes "AlwaysAllow"' }] },
  { fixture: 'pass-authorization-config-1.34', want: [{ node: 'cp-1', status: 'pass', has: 'the authorizers in "/etc/kubernetes/authz.yaml" (named by "--authorization-config")' }] },
  { fixture: 'pass-node-rbac', want: [{ node: 'cp-1', status: 'pass', has: '"--authorization-mode" is "Node,RBAC" (flag)' }] },
]);
