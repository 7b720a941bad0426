// ocp-scc-added-capabilities: Only platform identities can use SCCs that let containers add capabilities
import rule from '../../../rules/openshift/ocp-scc-added-capabilities.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-default-add.yaml',
    want: [{ name: 'clock-sync', status: 'fail', line: 16, column: 3 }],
    has: 'SCC "clock-sync" adds capabilities "SYS_TIME" to every container, and Group "system:serviceaccounts" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'fail-net-admin-for-everyone.yaml',
    want: [{ name: 'netadmin', status: 'fail', line: 17, column: 3 }],
    has: 'SCC "netadmin" lets containers add capabilities "NET_ADMIN", and Group "system:authenticated" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'manual-application-account.yaml',
    want: [{ name: 'ipc-lock', status: 'manual', line: 41, column: 3 }],
    has: 'SCC "ipc-lock" lets containers add capabilities "IPC_LOCK"; review whether ServiceAccount "search/elasticsearch" (the SCC\'s users) needs it',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" does not allow added capabilities',
  },
]);
