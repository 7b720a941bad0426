// CIS 1.10/1.11 variant of the cipher suite check: their strong list also admits the ECDHE AES-CBC-SHA suites.
import { defineRule } from '../../lib/rule/define.js';
import { flagSetting, onComponent } from '../../lib/rule/component.js';
import { checkCipherSuites, STRONG_CIPHERS_WITH_CBC } from '../../lib/rule/tls.js';

export default defineRule({
  id: 'apiserver-tls-cipher-suites-cbc-allowed',
  title: 'API server offers only strong TLS cipher suites (CBC allowed)',
  assessment: 'manual',
  notes: 'For benchmarks before CIS 1.12, whose list also includes the ECDHE AES-CBC-SHA suites; see apiserver-tls-cipher-suites.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Weak suites (RSA key exchange, 3DES, RC4) let a client or attacker negotiate a connection that can be broken.',
  remediation: 'Set --tls-cipher-suites on the API server to ECDHE suites with AES-GCM or ChaCha20-Poly1305 (AES-CBC-SHA only where old clients need it), or serve TLS 1.3 only.',

  evaluate: onComponent('apiserver', (v) =>
    checkCipherSuites(flagSetting(v, 'tls-cipher-suites'), flagSetting(v, 'tls-min-version'), STRONG_CIPHERS_WITH_CBC)),
});
