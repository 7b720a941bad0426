// apiserver-admission-event-rate-limit: EventRateLimit is off by default and must be enabled.
import rule from '../../../rules/apiserver/apiserver-admission-event-rate-limit.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: enabled', node: api(['--enable-admission-plugins=NodeRestriction,EventRateLimit', '--admission-control-config-file=/etc/kubernetes/admission.yaml']), want: { status: 'pass' } },
  { name: 'fail: not enabled', node: api(['--enable-admission-plugins=NodeRestriction']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: no admission flags', node: api([]), want: { status: 'fail', ...CMD } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-enabled', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"EventRateLimit" is not in "--enable-admission-plugins" and is off by default' }] },
  { fixture: 'pass-enabled', want: [{ node: 'cp-1', status: 'pass', has: '"EventRateLimit" is in "--enable-admission-plugins"' }] },
]);
