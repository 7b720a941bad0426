// CIS 1.10/1.11 variant of the kubelet cipher suite check: their list also admits RSA key exchange with AES-GCM.
import { defineRule } from '../../lib/rule/define.js';
import { checkKubeletCipherSuites, TLS13_SUITES } from '../../lib/rule/kubelet-tls.js';
import type { NodeFacts } from '../../lib/model/types.js';

/** The cis-1.10/1.11 list: ECDHE with AES-GCM or ChaCha20-Poly1305, TLS_RSA_WITH_AES_*_GCM, plus the TLS 1.3 suites. */
const STRONG_WITH_RSA = new Set([
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256', 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305', 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256', 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_RSA_WITH_AES_256_GCM_SHA384', 'TLS_RSA_WITH_AES_128_GCM_SHA256',
  ...TLS13_SUITES,
]);

export default defineRule<NodeFacts>({
  id: 'kubelet-tls-cipher-suites-rsa-allowed',
  title: 'Kubelet offers only strong TLS cipher suites (RSA key exchange allowed)',
  assessment: 'manual',
  notes: 'For benchmarks before CIS 1.12, whose list also includes TLS_RSA_WITH_AES_128_GCM_SHA256 and TLS_RSA_WITH_AES_256_GCM_SHA384 (as the EKS and AKS node images configure); otherwise as kubelet-tls-cipher-suites.',
  severity: 'medium',
  scope: { node: ['worker'] },
  rationale: 'Weak suites (CBC mode, 3DES, RC4) allow downgrade and decryption attacks on connections to the kubelet.',
  remediation: 'Set tlsCipherSuites in the kubelet config file (or --tls-cipher-suites) to ECDHE suites with AES-GCM or ChaCha20-Poly1305, adding the RSA AES-GCM suites only for clients that need them, and restart the kubelet.',

  evaluate(node, ctx) {
    return checkKubeletCipherSuites(node, ctx, STRONG_WITH_RSA);
  },
});
