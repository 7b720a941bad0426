// ocp-apiserver-tls-cipher-suites: kube-apiserver offers only strong TLS cipher suites
import rule from '../../../rules/openshift/ocp-apiserver-tls-cipher-suites.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-cbc-suite.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 6651 }],
    has: 'servingInfo.cipherSuites includes weak suites "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"',
  },
  {
    fixture: 'fail-custom-profile-cbc.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 19, column: 5 }],
    has: 'tlsSecurityProfile Custom offers weak suites "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA"',
  },
  {
    fixture: 'fail-old-profile-only.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 18, column: 3 }],
    has: 'tlsSecurityProfile Old allows VersionTLS10',
  },
  {
    fixture: 'fail-tls10.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 6668 }],
    has: 'servingInfo.minTLSVersion is VersionTLS10',
  },
  {
    fixture: 'manual-nothing.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'neither the kube-apiserver configuration nor the APIServer "cluster" object is in the input: check spec.tlsSecurityProfile with "oc get apiserver cluster -o yaml"',
  },
  {
    fixture: 'pass-intermediate.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'all 9 suites in servingInfo.cipherSuites are strong (tlsSecurityProfile Intermediate)',
  },
  {
    fixture: 'pass-modern.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'servingInfo.minTLSVersion is VersionTLS13, whose suites are all strong',
  },
  {
    fixture: 'pass-profile-only.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'tlsSecurityProfile Intermediate (the default) offers only strong suites',
  },
]);
