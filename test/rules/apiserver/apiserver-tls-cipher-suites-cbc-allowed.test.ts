// apiserver-tls-cipher-suites-cbc-allowed: CIS 1.10/1.11 also accept the ECDHE AES-CBC-SHA suites.
import rule from '../../../rules/apiserver/apiserver-tls-cipher-suites-cbc-allowed.js';
import { api, argLine, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const STRONG = '--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384';
const WITH_CBC = `${STRONG},TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA`;

runCases(rule, [
  { name: 'pass: CBC suites are allowed by CIS 1.10/1.11', benchmarkId: 'cis-1.11', node: api([WITH_CBC]), want: { status: 'pass' } },
  { name: 'fail: RSA key exchange', benchmarkId: 'cis-1.10', node: api(['--tls-cipher-suites=TLS_RSA_WITH_AES_256_CBC_SHA']), want: { status: 'fail', line: argLine(0) } },
  { name: 'fail: not set, Go defaults apply', benchmarkId: 'cis-1.10', node: api([]), want: { status: 'fail', ...CMD } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-rsa-key-exchange', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--tls-cipher-suites" includes a suite outside the strong set: "TLS_RSA_WITH_AES_128_GCM_SHA256"' }] },
  { fixture: 'pass-cbc-suite', want: [{ node: 'cp-1', status: 'pass', has: 'all 7 suites in "--tls-cipher-suites" are strong' }] },
]);
