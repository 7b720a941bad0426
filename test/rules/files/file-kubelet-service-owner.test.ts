// file-kubelet-service-owner
import rule from '../../../rules/files/file-kubelet-service-owner.js';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

nodeRuleSuite(rule, 'files', [
  { fixture: 'pass-root', want: [{ node: 'worker-1', status: 'pass' }] },
  { fixture: 'fail-unit-owned-by-user', want: [{ node: 'worker-1', status: 'fail', at: 'stats.tsv:2:1', has: 'owned by admin:admin' }] },
  { fixture: 'not-applicable-no-unit-files', want: [{ node: 'worker-1', status: 'not-applicable', at: 'stats.tsv:2:1' }] },
]);
