// apiserver-client-ca-file: --client-ca-file must be set.
import rule from '../../../rules/apiserver/apiserver-client-ca-file.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: set', node: api(['--client-ca-file=/etc/kubernetes/pki/ca.crt']), want: { status: 'pass' } },
  { name: 'fail: not set', node: api(['--secure-port=6443']), want: { status: 'fail', ...CMD, message: '"--client-ca-file" is not set on the API server' } },
  { name: 'fail: empty value', node: api(['--client-ca-file=']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: not set on the running process (no manifest), points at its command line', node: api(['--secure-port=6443'], { component: { source: 'process', noManifest: true } }), want: { status: 'fail', line: 1, column: 1 } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--client-ca-file" is not set on the API server' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--client-ca-file" is "/etc/kubernetes/pki/ca.crt" (flag)' }] },
]);
