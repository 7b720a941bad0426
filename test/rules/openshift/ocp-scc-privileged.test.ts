// ocp-scc-privileged: Only platform identities can use SCCs that allow privileged containers
import rule from '../../../rules/openshift/ocp-scc-privileged.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-default-service-account.yaml',
    want: [{ name: 'privileged', status: 'fail', line: 81, column: 3 }],
    has: 'SCC "privileged" allows privileged containers, and ServiceAccount "shop/default" (RoleBinding "shop/default-privileged") can use it',
  },
  {
    fixture: 'fail-scc-groups.yaml',
    want: [{ name: 'legacy-privileged', status: 'fail', line: 15, column: 3 }],
    has: 'SCC "legacy-privileged" allows privileged containers, and Group "system:authenticated" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'manual-application-account.yaml',
    want: [{ name: 'privileged', status: 'manual', line: 81, column: 3 }],
    has: 'SCC "privileged" allows privileged containers; review whether ServiceAccount "monitoring-agents/collector" (RoleBinding "monitoring-agents/collector-privileged") needs it',
  },
  {
    fixture: 'manual-no-rbac.yaml',
    want: [{ name: 'privileged', status: 'manual', line: 8, column: 27 }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "privileged" allows privileged containers; RoleBindings and ClusterRoleBindings are not in the input, so who may use it cannot be read: run "oc adm policy who-can use securitycontextconstraints/privileged"',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" does not allow privileged containers',
  },
]);
