// OpenShift TLS profiles: OpenSSL names to the IANA names components get, and what counts as weak.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { isWeakVersion, profileSuites, TLS_PROFILES, weakSuites } from '../../lib/rule/openshift-tls.js';

const test = suite('openshift-tls');

test('Intermediate maps to strong suites only; the DHE suites Go lacks are dropped', () => {
  const { suites, dropped } = profileSuites(TLS_PROFILES.Intermediate.ciphers);
  assert.equal(dropped, ['DHE-RSA-AES128-GCM-SHA256', 'DHE-RSA-AES256-GCM-SHA384']);
  assert.is(suites.length, 9);
  assert.equal(weakSuites(suites), []);
});

test('Old offers CBC, RSA key exchange and 3DES suites, and TLS 1.0', () => {
  const weak = weakSuites(profileSuites(TLS_PROFILES.Old.ciphers).suites);
  assert.ok(weak.includes('TLS_RSA_WITH_3DES_EDE_CBC_SHA'));
  assert.ok(weak.includes('TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA'));
  assert.ok(weak.includes('TLS_RSA_WITH_AES_128_GCM_SHA256'), 'RSA key exchange has no forward secrecy');
  assert.ok(isWeakVersion(TLS_PROFILES.Old.minTLSVersion));
});

test('Modern is TLS 1.3 only; versions 1.2 and 1.3 are not weak, unknown values are not judged', () => {
  assert.equal(profileSuites(TLS_PROFILES.Modern.ciphers).suites, ['TLS_AES_128_GCM_SHA256', 'TLS_AES_256_GCM_SHA384', 'TLS_CHACHA20_POLY1305_SHA256']);
  assert.equal(['VersionTLS10', 'VersionTLS11', 'VersionTLS12', 'VersionTLS13', '', undefined].map(isWeakVersion), [true, true, false, false, false, false]);
});

test.run();
