// file-controllermanager-kubeconfig-owner
import rule from '../../../rules/files/file-controllermanager-kubeconfig-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-root', want: [{ node: 'cp-1', status: 'pass' }] },
  { fixture: 'fail-nobody', want: [{ node: 'cp-1', status: 'fail', at: 'stats.tsv:2:1', has: 'owned by nobody:root' }] },
]);
