// file-pki-key-mode
import rule from '../../../rules/files/file-pki-key-mode.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-keys-600', want: [{ node: 'cp-1', status: 'pass', has: 'all 3 PKI private key files comply' }] },
  { fixture: 'fail-group-readable-ca-key', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:4:1', has: 'mode 0640, more permissive than 0600' }] },
]);
