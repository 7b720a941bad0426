// apiserver-etcd-client-cert: --etcd-certfile and --etcd-keyfile must both be set.
import rule from '../../../rules/apiserver/apiserver-etcd-client-cert.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

runCases(rule, [
  { name: 'pass: both set', node: api(['--etcd-certfile=/pki/apiserver-etcd-client.crt', '--etcd-keyfile=/pki/apiserver-etcd-client.key']), want: { status: 'pass' } },
  { name: 'fail: key missing', node: api(['--etcd-certfile=/pki/apiserver-etcd-client.crt']), want: { status: 'fail', ...CMD, message: '"--etcd-keyfile" is not set on the API server' } },
  { name: 'fail: both missing', node: api([]), want: { status: 'fail', message: '"--etcd-certfile" and "--etcd-keyfile" are not set on the API server' } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-not-set', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:11:5', has: '"--etcd-keyfile" is not set on the API server' }] },
  { fixture: 'pass-set', want: [{ node: 'cp-1', status: 'pass', has: '"--etcd-certfile" is "/etc/kubernetes/pki/apiserver-etcd-client.crt" (flag), "--etcd-keyfile" is "/etc/kubernetes/pki/apiserver-etcd-client.key" (flag)' }] },
]);
