// ocp-apiserver-authorization-rbac: kube-apiserver authorizes requests with RBAC
import rule from '../../../rules/openshift/ocp-apiserver-authorization-rbac.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-without-rbac.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 985 }],
    has: '"authorization-mode" is "Scope", "SystemMasters", "Node", without RBAC',
  },
  {
    fixture: 'pass-default-chain.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"authorization-mode" is "Scope", "SystemMasters", "RBAC", "Node"',
  },
  {
    fixture: 'pass-unset.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"authorization-mode" is not set, so OpenShift\'s default chain applies, which includes RBAC',
  },
]);
