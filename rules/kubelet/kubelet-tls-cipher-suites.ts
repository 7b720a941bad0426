// The kubelet must offer only strong TLS cipher suites (tlsCipherSuites / --tls-cipher-suites).
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletCipherSuites, TLS13_SUITES } from '../../lib/rule/kubelet-tls.js';
import type { NodeFacts } from '../../lib/model/types.js';

/** The benchmark's list (ECDHE with AES-GCM or ChaCha20-Poly1305), plus the TLS 1.3 suites, which are all AEAD. */
const STRONG = new Set([
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  ...TLS13_SUITES,
]);

export default defineRule<NodeFacts>({
  id: 'kubelet-tls-cipher-suites',
  title: 'Kubelet offers only strong TLS cipher suites',
  assessment: 'manual',
  notes: 'Manual in the benchmark; decided from the effective list. TLS 1.3 as minimum version passes (its suites are all strong); an unset list fails, as Go\'s default list includes CBC suites.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Weak suites (CBC mode, RSA key exchange, 3DES) allow downgrade and decryption attacks on connections to the kubelet.',
  remediation: 'Set tlsCipherSuites in the kubelet config file to ECDHE suites with AES-GCM or ChaCha20-Poly1305 only (or set tlsMinVersion: VersionTLS13) and restart the kubelet.',

  evaluate(node, ctx) {
    return checkKubeletCipherSuites(node, ctx, STRONG);
  },
});
