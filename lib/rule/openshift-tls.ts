// OpenShift TLS security profiles (config.openshift.io TLSSecurityProfile) and the check of an effective cipher list.
// Profiles name ciphers the OpenSSL way; components get the IANA (Go) names, and suites Go cannot use are dropped.
import { STRONG_CIPHERS } from './tls.js';

/** OpenSSL cipher names that OpenShift profiles use -> IANA names, for the suites Go implements. */
export const OPENSSL_TO_IANA: Readonly<Record<string, string>> = {
  'ECDHE-ECDSA-AES128-GCM-SHA256': 'TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256',
  'ECDHE-RSA-AES128-GCM-SHA256': 'TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256',
  'ECDHE-ECDSA-AES256-GCM-SHA384': 'TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384',
  'ECDHE-RSA-AES256-GCM-SHA384': 'TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305': 'TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256',
  'ECDHE-RSA-CHACHA20-POLY1305': 'TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256',
  'ECDHE-ECDSA-AES128-SHA256': 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256',
  'ECDHE-RSA-AES128-SHA256': 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256',
  'ECDHE-ECDSA-AES128-SHA': 'TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA',
  'ECDHE-RSA-AES128-SHA': 'TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA',
  'ECDHE-ECDSA-AES256-SHA': 'TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA',
  'ECDHE-RSA-AES256-SHA': 'TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA',
  'AES128-GCM-SHA256': 'TLS_RSA_WITH_AES_128_GCM_SHA256',
  'AES256-GCM-SHA384': 'TLS_RSA_WITH_AES_256_GCM_SHA384',
  'AES128-SHA256': 'TLS_RSA_WITH_AES_128_CBC_SHA256',
  'AES128-SHA': 'TLS_RSA_WITH_AES_128_CBC_SHA',
  'AES256-SHA': 'TLS_RSA_WITH_AES_256_CBC_SHA',
  'DES-CBC3-SHA': 'TLS_RSA_WITH_3DES_EDE_CBC_SHA',
  TLS_AES_128_GCM_SHA256: 'TLS_AES_128_GCM_SHA256',
  TLS_AES_256_GCM_SHA384: 'TLS_AES_256_GCM_SHA384',
  TLS_CHACHA20_POLY1305_SHA256: 'TLS_CHACHA20_POLY1305_SHA256',
};

export interface TlsProfile {
  readonly ciphers: readonly string[];
  readonly minTLSVersion: string;
}

const TLS13 = ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256'];
const INTERMEDIATE_12 = [
  'ECDHE-ECDSA-AES128-GCM-SHA256', 'ECDHE-RSA-AES128-GCM-SHA256', 'ECDHE-ECDSA-AES256-GCM-SHA384', 'ECDHE-RSA-AES256-GCM-SHA384',
  'ECDHE-ECDSA-CHACHA20-POLY1305', 'ECDHE-RSA-CHACHA20-POLY1305', 'DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384',
];

/** The predefined profiles, as openshift/api defines them (Mozilla's server-side TLS recommendations). */
export const TLS_PROFILES: Readonly<Record<'Old' | 'Intermediate' | 'Modern', TlsProfile>> = {
  Old: {
    ciphers: [
      ...TLS13, ...INTERMEDIATE_12, 'DHE-RSA-CHACHA20-POLY1305', 'ECDHE-ECDSA-AES128-SHA256', 'ECDHE-RSA-AES128-SHA256',
      'ECDHE-ECDSA-AES128-SHA', 'ECDHE-RSA-AES128-SHA', 'ECDHE-ECDSA-AES256-SHA384', 'ECDHE-RSA-AES256-SHA384', 'ECDHE-ECDSA-AES256-SHA',
      'ECDHE-RSA-AES256-SHA', 'DHE-RSA-AES128-SHA256', 'DHE-RSA-AES256-SHA256', 'AES128-GCM-SHA256', 'AES256-GCM-SHA384',
      'AES128-SHA256', 'AES256-SHA256', 'AES128-SHA', 'AES256-SHA', 'DES-CBC3-SHA',
    ],
    minTLSVersion: 'VersionTLS10',
  },
  Intermediate: { ciphers: [...TLS13, ...INTERMEDIATE_12], minTLSVersion: 'VersionTLS12' },
  Modern: { ciphers: TLS13, minTLSVersion: 'VersionTLS13' },
};

const VERSION_ORDER = ['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13'];

/** TLS 1.0 and 1.1 are weak whatever the suites. */
export function isWeakVersion(v: string | undefined): boolean {
  const i = VERSION_ORDER.indexOf(v ?? '');
  return i >= 0 && i < 2;
}

/** Suites (IANA names) outside the strong set; TLS 1.3 as the minimum makes the list irrelevant. */
export function weakSuites(suites: readonly string[]): string[] {
  return suites.filter((s) => !STRONG_CIPHERS.includes(s));
}

/** A profile's ciphers as components receive them (IANA names), plus the names Go cannot use and drops. */
export function profileSuites(ciphers: readonly string[]): { suites: string[]; dropped: string[] } {
  const suites: string[] = [];
  const dropped: string[] = [];
  for (const c of ciphers) {
    const iana = OPENSSL_TO_IANA[c] ?? (c.startsWith('TLS_') ? c : undefined);
    if (iana) suites.push(iana);
    else dropped.push(c);
  }
  return { suites, dropped };
}
