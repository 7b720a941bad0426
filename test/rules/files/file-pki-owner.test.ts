// file-pki-owner
import rule from '../../../rules/files/file-pki-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-all-root', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: 'all 8 PKI files and folders comply' }] },
  { fixture: 'fail-etcd-key-owned-by-etcd', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:9:1', has: 'owned by etcd:etcd' }] },
  { fixture: 'fail-pki-folder-from-apiserver-flag', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:3:1', has: 'the folder of the API server\'s --client-ca-file' }] },
  { fixture: 'not-applicable-no-pki-folder', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
  { fixture: 'manual-api-only', want: [{ node: 'cp-managed', status: 'manual' }] },
]);
