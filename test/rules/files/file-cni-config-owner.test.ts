// file-cni-config-owner
import rule from '../../../rules/files/file-cni-config-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-all-root', want: [{ node: 'cp-1', status: 'pass', at: 'stats.tsv:2:1', has: 'all 6 CNI files and folders comply' }] },
  { fixture: 'fail-folder-owned-by-user', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:6:1', has: 'owned by admin:root' }] },
]);
