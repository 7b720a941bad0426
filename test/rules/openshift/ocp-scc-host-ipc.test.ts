// ocp-scc-host-ipc: Only platform identities can use SCCs that share the host's IPC namespace
import rule from '../../../rules/openshift/ocp-scc-host-ipc.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-namespace-group.yaml',
    want: [{ name: 'hostaccess', status: 'fail', line: 15, column: 3 }],
    has: 'SCC "hostaccess" allows sharing the host\'s IPC namespace, and Group "system:serviceaccounts:shop" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'manual-named-user.yaml',
    want: [{ name: 'hostaccess', status: 'manual', line: 82, column: 3 }],
    has: 'SCC "hostaccess" allows sharing the host\'s IPC namespace; review whether User "alice@corp.example.com" (ClusterRoleBinding "alice-hostaccess") needs it',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" does not allow use of the host\'s IPC namespace',
  },
]);
