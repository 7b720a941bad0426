// ocp-apiserver-admission-always-admit: AlwaysAdmit admission plugin is off
import rule from '../../../rules/openshift/ocp-apiserver-admission-always-admit.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-enabled.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 2719 }],
    has: '"AlwaysAdmit" is in "enable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'pass-default-plugins.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"AlwaysAdmit" is not in "enable-admission-plugins" and is off by default (ConfigMap "openshift-kube-apiserver/config")',
  },
]);
