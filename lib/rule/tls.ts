// TLS cipher suites the benchmarks accept, and the check of a --tls-cipher-suites setting against them.
import { describeSetting, type Setting } from './component.js';
import { fail, pass } from './define.js';
import type { Verdict } from './types.js';

/** AEAD suites only (TLS 1.3 suites plus ECDHE with AES-GCM or ChaCha20-Poly1305): CIS 1.12 dropped the CBC ones. */
export const STRONG_CIPHERS: readonly string[] = [
  'TLS_AES_128_GCM_SHA256',
  'TLS_AES_256_GCM_SHA384',
  'TLS_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305',
  'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
];

/** CIS 1.10 and 1.11 also accept the ECDHE AES-CBC-SHA suites. */
export const STRONG_CIPHERS_WITH_CBC: readonly string[] = [
  ...STRONG_CIPHERS,
  'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
].sort();

/**
 * Every suite in --tls-cipher-suites must be in `allowed`. Unset means Go's defaults, which include suites outside
 * both lists (CBC and, on older Go, RSA key exchange), unless --tls-min-version is VersionTLS13: TLS 1.3 suites are
 * fixed and all strong, so the list no longer matters.
 */
export function checkCipherSuites(suites: Setting, minVersion: Setting, allowed: readonly string[]): Verdict {
  if (minVersion.value === 'VersionTLS13') {
    return pass(minVersion.loc, `${describeSetting(minVersion)}, so only TLS 1.3 suites, all strong, are offered`);
  }
  if (suites.value === undefined || suites.value === '') {
    return fail(suites.loc, `${describeSetting(suites)}, so Go's default suites apply, which include ones outside the strong set`);
  }
  const items = suites.value.split(',').map((s) => s.trim()).filter(Boolean);
  const weak = items.filter((s) => !allowed.includes(s));
  if (weak.length === 0) return pass(suites.loc, `all ${items.length} suites in "--tls-cipher-suites" are strong`);
  return fail(suites.loc, `"--tls-cipher-suites" includes ${weak.length === 1 ? 'a suite' : 'suites'} outside the strong set: ${weak.map((s) => `"${s}"`).join(', ')}`);
}
