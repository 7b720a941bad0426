// file-apiserver-manifest-owner
import rule from '../../../rules/files/file-apiserver-manifest-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-root', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: 'owner root:root' }] },
  { fixture: 'fail-user-owner', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'is owned by admin:root, not root:root' }] },
  { fixture: 'not-applicable-no-manifest', want: [{ node: 'cp-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
  { fixture: 'pass-root-by-id-without-names', want: [{ node: 'cp-1', status: 'pass', has: 'owner 0:0' }] },
  { fixture: 'fail-non-root-id-without-names', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'owned by 1000:0' }] },
  { fixture: 'fail-group', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'owned by root:admin' }] },
]);
