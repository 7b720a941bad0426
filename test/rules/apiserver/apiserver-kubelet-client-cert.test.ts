// apiserver-kubelet-client-cert: both the certificate and the key must be set.
import rule from '../../../rules/apiserver/apiserver-kubelet-client-cert.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: both set', node: api(['--kubelet-client-certificate=/pki/apiserver-kubelet-client.crt', '--kubelet-client-key=/pki/apiserver-kubelet-client.key']), want: { status: 'pass' } },
  { name: 'fail: key missing', node: api(['--kubelet-client-certificate=/pki/c.crt']), want: { status: 'fail', ...CMD, message: '"--kubelet-client-key" is not set on the API server' } },
  { name: 'fail: both missing', node: api([]), want: { status: 'fail', ...CMD, message: '"--kubelet-client-certificate" and "--kubelet-client-key" are not set on the API server' } },
  { name: 'fail: certificate given an empty value, points at it', node: api(['--kubelet-client-certificate=', '--kubelet-client-key=/pki/c.key']), want: { status: 'fail', line: argLine(0), column: C, message: /empty value/ } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-key-missing', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--kubelet-client-key" is not set on the API server' }] },
  { fixture: 'pass-both-set', want: [{ node: 'cp-1', status: 'pass', has: '"--kubelet-client-certificate" is "/etc/kubernetes/pki/apiserver-kubelet-client.crt" (flag), "--kubelet-client-key" is "/etc/kubernetes/pki/apiserver-kubelet-client.key" (flag)' }] },
]);
