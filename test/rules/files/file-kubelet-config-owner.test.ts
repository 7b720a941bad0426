// file-kubelet-config-owner
import rule from '../../../rules/files/file-kubelet-config-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-root', want: [{ node: 'worker-1', status: 'pass' }] },
  { fixture: 'fail-user-owner', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1' }] },
]);
