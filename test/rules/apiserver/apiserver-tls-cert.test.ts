// apiserver-tls-cert: --tls-cert-file and --tls-private-key-file must both be set.
import rule from '../../../rules/apiserver/apiserver-tls-cert.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: both set', node: api(['--tls-cert-file=/pki/apiserver.crt', '--tls-private-key-file=/pki/apiserver.key']), want: { status: 'pass' } },
  { name: 'fail: certificate missing', node: api(['--tls-private-key-file=/pki/apiserver.key']), want: { status: 'fail', ...CMD, message: '"--tls-cert-file" is not set on the API server' } },
  { name: 'fail: both missing (self-signed)', node: api([]), want: { status: 'fail' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--tls-cert-file" and "--tls-private-key-file" are not set on the API server' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--tls-cert-file" is "/etc/kubernetes/pki/apiserver.crt" (flag), "--tls-private-key-file" is "/etc/kubernetes/pki/apiserver.key" (flag)' }] },
]);
