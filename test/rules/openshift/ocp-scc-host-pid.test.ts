// ocp-scc-host-pid: Only platform identities can use SCCs that share the host's PID namespace
import rule from '../../../rules/openshift/ocp-scc-host-pid.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-default-service-account-user.yaml',
    want: [{ name: 'node-agent', status: 'fail', line: 40, column: 3 }],
    has: 'SCC "node-agent" allows sharing the host\'s process ID namespace, and ServiceAccount "agents/default" (the SCC\'s users) can use it',
  },
  {
    fixture: 'manual-application-account.yaml',
    want: [{ name: 'hostaccess', status: 'manual', line: 83, column: 3 }],
    has: 'SCC "hostaccess" allows sharing the host\'s process ID namespace; review whether ServiceAccount "ops/diag" (RoleBinding "ops/diag-hostaccess") needs it',
  },
  {
    fixture: 'manual-no-rbac.yaml',
    want: [{ name: 'hostaccess', status: 'manual', line: 5, column: 15 }],
    has: 'SCC "hostaccess" allows sharing the host\'s process ID namespace; RoleBindings and ClusterRoleBindings are not in the input, so who may use it cannot be read: run "oc adm policy who-can use securitycontextconstraints/hostaccess"',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" does not allow use of the host\'s process ID namespace',
  },
]);
