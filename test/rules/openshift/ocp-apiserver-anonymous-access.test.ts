// ocp-apiserver-anonymous-access: Anonymous requests get only the default OpenShift permissions
import rule from '../../../rules/openshift/ocp-apiserver-anonymous-access.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-anonymous-user.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 50, column: 3 }],
    has: 'anonymous requests get more than OpenShift\'s defaults: RoleBinding "reports/public-reports" gives User "system:anonymous" ClusterRole "view"',
  },
  {
    fixture: 'fail-default-rebound.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 17, column: 3 }],
    has: 'anonymous requests get more than OpenShift\'s defaults: ClusterRoleBinding "system:public-info-viewer" gives Group "system:unauthenticated" ClusterRole "cluster-admin" instead of "system:public-info-viewer"',
  },
  {
    fixture: 'fail-extra-binding.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 148, column: 3 }],
    has: 'anonymous requests get more than OpenShift\'s defaults: ClusterRoleBinding "anonymous-view" gives Group "system:unauthenticated" ClusterRole "view"',
  },
  {
    fixture: 'manual-no-bindings.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'no ClusterRoleBindings are in the input: list what anonymous requests may do with "oc get clusterrolebindings -o wide | grep -E \'system:(unauthenticated|anonymous)\'"',
  },
  {
    fixture: 'pass-openshift-defaults.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'only OpenShift\'s default bindings "self-access-reviewers", "system:oauth-token-deleters", "system:openshift:public-info-viewer", "system:public-info-viewer", "system:scope-impersonation", "system:webhooks" grant access to system:unauthenticated',
  },
]);
