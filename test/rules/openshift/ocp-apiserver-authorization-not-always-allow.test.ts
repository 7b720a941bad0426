// ocp-apiserver-authorization-not-always-allow: kube-apiserver does not authorize every request
import rule from '../../../rules/openshift/ocp-apiserver-authorization-not-always-allow.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-always-allow.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1045 }],
    has: '"authorization-mode" is "Scope", "SystemMasters", "RBAC", "Node", "AlwaysAllow", which includes AlwaysAllow',
  },
  {
    fixture: 'pass-default-chain.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"authorization-mode" is "Scope", "SystemMasters", "RBAC", "Node"',
  },
  {
    fixture: 'pass-unset.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"authorization-mode" is not set, so OpenShift\'s default chain applies, which has no AlwaysAllow',
  },
]);
