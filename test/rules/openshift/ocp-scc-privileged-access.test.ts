// ocp-scc-privileged-access: Access to privileged SCCs is limited to platform identities
import rule from '../../../rules/openshift/ocp-scc-privileged-access.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-anyuid-for-everyone.yaml',
    want: [{ name: 'anyuid', status: 'fail', line: 16, column: 3 }],
    has: 'SCC "anyuid" allows root, and Group "system:authenticated" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'manual-named-user.yaml',
    want: [{ name: 'privileged', status: 'manual', line: 80, column: 3 }],
    has: 'SCC "privileged" allows privileged containers, host PID, host IPC, host network, host ports, host folders, root, any SELinux context and added capabilities; review whether User "bob@corp.example.com" (ClusterRoleBinding "bob-privileged") needs it',
  },
  {
    fixture: 'manual-no-rbac.yaml',
    want: [{ name: 'privileged', status: 'manual', line: 8, column: 27 }, { name: 'nonroot-v2', status: 'pass' }],
    has: 'SCC "privileged" allows privileged containers, host PID, host IPC, host network, host ports, host folders, root, any SELinux context and added capabilities; RoleBindings and ClusterRoleBindings are not in the input, so who may use it cannot be read: run "oc adm policy who-can use securitycontextconstraints/privileged"',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" allows root, but only cluster administrators and platform identities can use it',
  },
]);
