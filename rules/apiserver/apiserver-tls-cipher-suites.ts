// The API server must offer only AEAD cipher suites (CIS 1.12's list); TLS 1.3-only serving passes too.
import { defineRule } from '../../lib/rule/define.js';
import { flagSetting, onComponent } from '../../lib/rule/component.js';
import { checkCipherSuites, STRONG_CIPHERS } from '../../lib/rule/tls.js';

export default defineRule({
  id: 'apiserver-tls-cipher-suites',
  title: 'API server offers only strong TLS cipher suites',
  assessment: 'manual',
  notes: 'The benchmark marks this Manual; the suites are read from --tls-cipher-suites (and --tls-min-version=VersionTLS13 makes them moot).',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'CBC-mode and non-forward-secret suites have known weaknesses; offering them lets a client or attacker negotiate down.',
  remediation: 'Set --tls-cipher-suites on the API server to AEAD suites only, for example TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256,TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384,TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305,TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305, or serve TLS 1.3 only.',

  evaluate: onComponent('apiserver', (v) =>
    checkCipherSuites(flagSetting(v, 'tls-cipher-suites'), flagSetting(v, 'tls-min-version'), STRONG_CIPHERS)),
});
