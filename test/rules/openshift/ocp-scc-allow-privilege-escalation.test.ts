// ocp-scc-allow-privilege-escalation: Only platform identities can use SCCs that allow privilege escalation
import rule from '../../../rules/openshift/ocp-scc-allow-privilege-escalation.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-restricted-v1-for-everyone.yaml',
    want: [{ name: 'restricted', status: 'fail', line: 15, column: 3 }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "restricted" allows privilege escalation, and Group "system:authenticated" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'manual-application-account.yaml',
    want: [{ name: 'anyuid', status: 'manual', line: 80, column: 3 }],
    has: 'SCC "anyuid" allows privilege escalation; review whether ServiceAccount "shop/legacy-db" (RoleBinding "shop/legacy-db-anyuid") needs it',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" allows privilege escalation, but only cluster administrators and platform identities can use it',
  },
]);
