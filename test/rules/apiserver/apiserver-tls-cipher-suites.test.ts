// apiserver-tls-cipher-suites: CIS 1.12's AEAD-only list; TLS 1.3-only serving passes; unset means Go defaults.
import rule from '../../../rules/apiserver/apiserver-tls-cipher-suites.js';
import { api, argLine, ARG_COLUMN as C, COMMAND_LOC as CMD, runCases } from '../../helpers/node-facts.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const STRONG = '--tls-cipher-suites=TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384';
const WITH_CBC = `${STRONG},TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA`;

runCases(rule, [
  { name: 'pass: AEAD suites only', node: api([STRONG]), want: { status: 'pass' } },
  { name: 'fail: a CBC suite (CIS 1.12)', node: api([WITH_CBC]), want: { status: 'fail', line: argLine(0), column: C, message: '"--tls-cipher-suites" includes a suite outside the strong set: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"' } },
  { name: 'fail: RSA key exchange', node: api(['--tls-cipher-suites=TLS_RSA_WITH_AES_128_GCM_SHA256']), want: { status: 'fail' } },
  { name: 'fail: not set, Go defaults apply', node: api([]), want: { status: 'fail', ...CMD, message: /Go's default suites/ } },
  { name: 'pass: TLS 1.3 only', node: api(['--tls-min-version=VersionTLS13']), want: { status: 'pass', line: undefined } },
]);

// End to end: mini node bundles read by the bundle loader.
nodeRuleSuite(rule, 'apiserver', [
  { fixture: 'fail-cbc-suite', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: '"--tls-cipher-suites" includes a suite outside the strong set: "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"' }] },
  { fixture: 'pass-aead-only', want: [{ node: 'cp-1', status: 'pass', has: 'all 6 suites in "--tls-cipher-suites" are strong' }] },
  { fixture: 'pass-tls13-only', want: [{ node: 'cp-1', status: 'pass', has: '"--tls-min-version" is "VersionTLS13" (flag), so only TLS 1.3 suites, all strong, are offered' }] },
]);
