// apiserver-request-timeout: manual (default 1m0s), failing only for timeouts over an hour.
import rule from '../../../rules/apiserver/apiserver-request-timeout.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { fixtureSuite } from '../../helpers/node-facts.js';

runCases(rule, [
  { name: 'manual: default', node: api([]), want: { status: 'manual', ...CMD, message: '"--request-timeout" is not set, so the default "1m0s" applies; confirm it suits the cluster' } },
  { name: 'manual: 300s', node: api(['--request-timeout=300s']), want: { status: 'manual', line: argLine(0), column: C } },
  { name: 'manual: exactly one hour', node: api(['--request-timeout=1h']), want: { status: 'manual' } },
  { name: 'fail: two hours', node: api(['--request-timeout=2h']), want: { status: 'fail', line: argLine(0), column: C, message: '"--request-timeout" is "2h" (flag), longer than one hour' } },
  { name: 'fail: 1h30m via the last occurrence', node: api(['--request-timeout=60s', '--request-timeout=1h30m']), want: { status: 'fail', line: argLine(1) } },
  { name: 'manual: not a duration', node: api(['--request-timeout=300']), want: { status: 'manual', message: /not a duration/ } },
]);

// End to end: mini node bundles read by the bundle loader (this rule never passes: manual guidance or an absurd value).
fixtureSuite(rule, 'apiserver', [
  { fixture: 'fail-two-hours', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--request-timeout" is "2h" (flag), longer than one hour' }] },
  { fixture: 'manual-default', want: [{ node: 'cp-1', status: 'manual', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--request-timeout" is not set, so the default "1m0s" applies; confirm it suits the cluster' }] },
]);
