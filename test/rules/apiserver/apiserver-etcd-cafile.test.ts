// apiserver-etcd-cafile: --etcd-cafile must be set.
import rule from '../../../rules/apiserver/apiserver-etcd-cafile.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';

runCases(rule, [
  { name: 'pass: set', node: api(['--etcd-cafile=/etc/kubernetes/pki/etcd/ca.crt']), want: { status: 'pass' } },
  { name: 'fail: not set', node: api(['--secure-port=6443']), want: { status: 'fail', ...CMD, message: '"--etcd-cafile" is not set on the API server' } },
  { name: 'fail: empty value', node: api(['--etcd-cafile=']), want: { status: 'fail', line: argLine(0), column: C } },
  { name: 'fail: not set on the running process (no manifest), points at its command line', node: api(['--secure-port=6443'], { component: { source: 'process', noManifest: true } }), want: { status: 'fail', line: 1, column: 1 } },
]);
