// apiserver-admission-always-admit: AlwaysAdmit must not be enabled (it is off by default).
import rule from '../../../rules/apiserver/apiserver-admission-always-admit.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: default (off)', node: api([]), want: { status: 'pass' } },
  { name: 'pass: other plugins enabled', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'pass' } },
  { name: 'fail: enabled', node: api(['--enable-admission-plugins=NodeRestriction,AlwaysAdmit']), want: { status: 'fail', line: argLine(0), column: C, message: '"AlwaysAdmit" is in "--enable-admission-plugins"' } },
  { name: 'fail: in the legacy --admission-control', node: api(['--admission-control=AlwaysAdmit']), want: { status: 'fail', line: argLine(0) } },
  { name: 'pass: enabled, then disabled by a later --enable-admission-plugins', node: api(['--enable-admission-plugins=AlwaysAdmit', '--enable-admission-plugins=NodeRestriction']), want: { status: 'pass' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-enabled', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"AlwaysAdmit" is in "--enable-admission-plugins"' }] },
  { fixture: 'pass-default-off', want: [{ node: 'cp-1', status: 'pass', has: '"AlwaysAdmit" is not in "--enable-admission-plugins" and is off by default' }] },
]);
