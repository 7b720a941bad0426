// apiserver-admission-namespace-lifecycle: NamespaceLifecycle is on by default and must stay on.
import rule from '../../../rules/apiserver/apiserver-admission-namespace-lifecycle.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: default (on)', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'pass' } },
  { name: 'fail: disabled', node: api(['--disable-admission-plugins=NamespaceLifecycle']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'pass: in the legacy --admission-control', node: api(['--admission-control=NamespaceLifecycle,ServiceAccount']), want: { status: 'pass' } },
  { name: 'pass: disabled, then a later --disable-admission-plugins without it wins', node: api(['--disable-admission-plugins=NamespaceLifecycle', '--disable-admission-plugins=DefaultStorageClass']), want: { status: 'pass' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-disabled', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"NamespaceLifecycle" is in "--disable-admission-plugins"' }] },
  { fixture: 'pass-default-on', want: [{ node: 'cp-1', status: 'pass', has: '"NamespaceLifecycle" is not in "--disable-admission-plugins" and is on by default' }] },
]);
