// file-pki-cert-mode-600: CIS 1.10 asks 600 for the PKI certificates, so the 644 that later versions accept fails.
import rule from '../../../rules/files/file-pki-cert-mode-600.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-certificates-600', want: [{ node: 'cp-1', status: 'pass', has: 'all 3 PKI certificate files comply' }] },
  { fixture: 'fail-apiserver-certificate-644', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:5:1', has: '"/etc/kubernetes/pki/apiserver.crt" has mode 0644, more permissive than 0600' }] },
  { fixture: 'not-applicable-no-certificates', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:2:1', has: 'no PKI certificate files under "/etc/kubernetes/pki"' }] },
]);
