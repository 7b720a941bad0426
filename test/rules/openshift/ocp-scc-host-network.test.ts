// ocp-scc-host-network: Only platform identities can use SCCs that use the host network
import rule from '../../../rules/openshift/ocp-scc-host-network.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-every-user.yaml',
    want: [{ name: 'hostnetwork', status: 'fail', line: 81, column: 3 }],
    has: 'SCC "hostnetwork" allows the host\'s network namespace, and Group "system:authenticated" (ClusterRoleBinding "hostnetwork-for-all") can use it',
  },
  {
    fixture: 'manual-application-account.yaml',
    want: [{ name: 'hostnetwork-v2', status: 'manual', line: 82, column: 3 }],
    has: 'SCC "hostnetwork-v2" allows the host\'s network namespace; review whether ServiceAccount "edge-ingress/router" (RoleBinding "edge-ingress/router-hostnetwork") needs it',
  },
  {
    fixture: 'manual-no-rbac.yaml',
    want: [{ name: 'hostnetwork', status: 'manual', line: 4, column: 19 }],
    has: 'SCC "hostnetwork" allows the host\'s network namespace; RoleBindings and ClusterRoleBindings are not in the input, so who may use it cannot be read: run "oc adm policy who-can use securitycontextconstraints/hostnetwork"',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" does not allow use of the host\'s network namespace',
  },
]);
