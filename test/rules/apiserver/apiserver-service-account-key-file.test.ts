// apiserver-service-account-key-file: --service-account-key-file must be set.
import rule from '../../../rules/apiserver/apiserver-service-account-key-file.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: set', node: api(['--service-account-key-file=/etc/kubernetes/pki/sa.pub']), want: { status: 'pass' } },
  { name: 'fail: not set', node: api(['--secure-port=6443']), want: { status: 'fail', ...CMD, message: '"--service-account-key-file" is not set on the API server' } },
  { name: 'fail: empty value', node: api(['--service-account-key-file=']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'manual: external signer (1.34)', kubernetesMinor: 34, node: api(['--service-account-signing-endpoint=/var/run/signer.sock']), want: { status: 'manual', line: argLine(0), column: C, message: /external signer manages the verification keys/ } },
  { name: 'fail: not set on the running process (no manifest), points at its command line', node: api(['--secure-port=6443'], { component: { source: 'process', noManifest: true } }), want: { status: 'fail', line: 1, column: 1 } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--service-account-key-file" is not set on the API server' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--service-account-key-file" is "/etc/kubernetes/pki/sa.pub" (flag)' }] },
]);
