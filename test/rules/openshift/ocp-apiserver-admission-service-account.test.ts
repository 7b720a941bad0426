// ocp-apiserver-admission-service-account: ServiceAccount admission plugin is on
import rule from '../../../rules/openshift/ocp-apiserver-admission-service-account.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-disabled.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1164 }],
    has: '"ServiceAccount" is in "disable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'pass-default-plugins.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"ServiceAccount" is in "enable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'pass-on-by-default.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"ServiceAccount" is not in "disable-admission-plugins" and is on by default (ConfigMap "openshift-kube-apiserver/config")',
  },
]);
