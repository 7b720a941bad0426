// ocp-scc-root: Only platform identities can use SCCs that allow running as root
import rule from '../../../rules/openshift/ocp-scc-root.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-all-service-accounts.yaml',
    want: [{ name: 'anyuid', status: 'fail', line: 79, column: 3 }],
    has: 'SCC "anyuid" lets containers run as any user, root included (runAsUser RunAsAny), and Group "system:serviceaccounts" (ClusterRoleBinding "anyuid-for-sas") can use it',
  },
  {
    fixture: 'fail-uid-range-from-zero.yaml',
    want: [{ name: 'range-from-zero', status: 'fail', line: 15, column: 3 }],
    has: 'SCC "range-from-zero" allows UID 0 (runAsUser uidRangeMin is 0), and Group "system:authenticated" (the SCC\'s groups) can use it',
  },
  {
    fixture: 'manual-application-account.yaml',
    want: [{ name: 'anyuid', status: 'manual', line: 80, column: 3 }],
    has: 'SCC "anyuid" lets containers run as any user, root included (runAsUser RunAsAny); review whether ServiceAccount "shop/legacy-db" (RoleBinding "shop/legacy-db-anyuid") needs it',
  },
  {
    fixture: 'manual-no-rbac.yaml',
    want: [{ name: 'anyuid', status: 'manual', line: 32, column: 9 }, { name: 'nonroot-v2', status: 'pass' }],
    has: 'SCC "anyuid" lets containers run as any user, root included (runAsUser RunAsAny); RoleBindings and ClusterRoleBindings are not in the input, so who may use it cannot be read: run "oc adm policy who-can use securitycontextconstraints/anyuid"',
  },
  {
    fixture: 'pass-default-sccs.yaml',
    want: [{ name: 'anyuid', status: 'pass' }, { name: 'hostnetwork-v2', status: 'pass' }, { name: 'nonroot-v2', status: 'pass' }, { name: 'privileged', status: 'pass' }, { name: 'restricted-v2', status: 'pass' }],
    has: 'SCC "anyuid" lets containers run as any user, root included (runAsUser RunAsAny), but only cluster administrators and platform identities can use it',
  },
]);
