// apiserver-deny-service-external-ips: DenyServiceExternalIPs is off by default and must be enabled.
import rule from '../../../rules/apiserver/apiserver-deny-service-external-ips.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: enabled', node: api(['--enable-admission-plugins=NodeRestriction,DenyServiceExternalIPs']), want: { status: 'pass', message: '"DenyServiceExternalIPs" is in "--enable-admission-plugins"' } },
  { name: 'fail: not enabled (off by default), points at the enable flag', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'fail', line: argLine(0), column: C, message: '"DenyServiceExternalIPs" is not in "--enable-admission-plugins" and is off by default' } },
  { name: 'fail: no admission flags at all', node: api([]), want: { status: 'fail', ...CMD } },
  { name: 'fail: in both lists', node: api(['--enable-admission-plugins=DenyServiceExternalIPs', '--disable-admission-plugins=DenyServiceExternalIPs']), want: { status: 'fail', line: argLine(1), message: /both/ } },
  { name: 'pass: listed in the legacy --admission-control', node: api(['--admission-control=NamespaceLifecycle,DenyServiceExternalIPs']), want: { status: 'pass' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-off-by-default', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"DenyServiceExternalIPs" is not in "--enable-admission-plugins" and is off by default' }] },
  { fixture: 'pass-enabled', want: [{ node: 'cp-1', status: 'pass', has: '"DenyServiceExternalIPs" is in "--enable-admission-plugins"' }] },
]);
