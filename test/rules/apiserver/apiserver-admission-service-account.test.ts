// apiserver-admission-service-account: ServiceAccount is on by default and must stay on.
import rule from '../../../rules/apiserver/apiserver-admission-service-account.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: default (on)', node: api([]), want: { status: 'pass', message: '"ServiceAccount" is not in "--disable-admission-plugins" and is on by default' } },
  { name: 'pass: other plugins disabled', node: api(['--disable-admission-plugins=DefaultStorageClass']), want: { status: 'pass' } },
  { name: 'fail: disabled', node: api(['--disable-admission-plugins=DefaultStorageClass,ServiceAccount']), want: { status: 'fail', line: argLine(0), column: C, message: '"ServiceAccount" is in "--disable-admission-plugins"' } },
  { name: 'fail: left out of the legacy --admission-control', node: api(['--admission-control=NamespaceLifecycle,NodeRestriction']), want: { status: 'fail', line: argLine(0), message: /replaces the default set/ } },
  { name: 'fail: in both lists', node: api(['--enable-admission-plugins=ServiceAccount', '--disable-admission-plugins=ServiceAccount']), want: { status: 'fail', message: /both/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-disabled', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"ServiceAccount" is in "--disable-admission-plugins"' }] },
  { fixture: 'pass-default-on', want: [{ node: 'cp-1', status: 'pass', has: '"ServiceAccount" is not in "--disable-admission-plugins" and is on by default' }] },
]);
