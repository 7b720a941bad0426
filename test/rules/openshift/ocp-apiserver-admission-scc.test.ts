// ocp-apiserver-admission-scc: SecurityContextConstraints admission plugin is on
import rule from '../../../rules/openshift/ocp-apiserver-admission-scc.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-disabled.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1164 }],
    has: '"security.openshift.io/SecurityContextConstraint" is in "disable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'manual-unlisted.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 1135 }],
    has: '"security.openshift.io/SecurityContextConstraint" is in neither "enable-admission-plugins" nor "disable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config"), although OpenShift lists all of its plugins there: look for an override in "oc get kubeapiserver cluster -o jsonpath={.spec.unsupportedConfigOverrides}" and confirm that the plugin is on',
  },
  {
    fixture: 'pass-default-plugins.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"security.openshift.io/SecurityContextConstraint" is in "enable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
]);
