// ocp-scc-net-raw: Only platform identities can use SCCs that leave NET_RAW available
import rule from '../../../rules/openshift/ocp-scc-net-raw.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-net-raw-allowed.yaml',
    want: [{ name: 'ping-tools', status: 'fail', line: 38, column: 3 }],
    has: 'SCC "ping-tools" lets containers add NET_RAW, and ServiceAccount "netops/default" (the SCC\'s users) can use it',
  },
  {
    fixture: 'fail-restricted-v1-for-everyone.yaml',
    want: [{ name: 'restricted', status: 'fail', line: 15, column: 3 }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "restricted" does not require dropping NET_RAW (or ALL), and Group "system:authenticated" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" does not require dropping NET_RAW (or ALL), but only cluster administrators and platform identities can use it',
  },
]);
