// ocp-apiserver-admission-node-restriction: NodeRestriction admission plugin is on
import rule from '../../../rules/openshift/ocp-apiserver-admission-node-restriction.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-not-enabled.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1135 }],
    has: '"NodeRestriction" is not in "enable-admission-plugins" and is off by default (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'pass-default-plugins.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"NodeRestriction" is in "enable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
]);
