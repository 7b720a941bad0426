// file-pki-cert-mode
import rule from '../../../rules/files/file-pki-cert-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-certificates-644', want: [{ node: 'cp-1', status: 'pass', has: 'all 3 PKI certificate files comply' }] },
  { fixture: 'fail-group-writable-certificate', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:5:1', has: 'mode 0664, more permissive than 0644' }] },
  { fixture: 'not-applicable-no-certificates', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:2:1', has: 'no PKI certificate files under "/etc/kubernetes/pki"' }] },
]);
