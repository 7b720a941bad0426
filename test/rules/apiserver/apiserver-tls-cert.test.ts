// apiserver-tls-cert: --tls-cert-file and --tls-private-key-file must both be set.
import rule from '../../../rules/apiserver/apiserver-tls-cert.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';

runCases(rule, [
  { name: 'pass: both set', node: api(['--tls-cert-file=/pki/apiserver.crt', '--tls-private-key-file=/pki/apiserver.key']), want: { status: 'pass' } },
  { name: 'fail: certificate missing', node: api(['--tls-private-key-file=/pki/apiserver.key']), want: { status: 'fail', ...CMD, message: '"--tls-cert-file" is not set on the API server' } },
  { name: 'fail: both missing (self-signed)', node: api([]), want: { status: 'fail' } },
]);
