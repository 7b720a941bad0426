// ocp-apiserver-admission-namespace-lifecycle: NamespaceLifecycle admission plugin is on
import rule from '../../../rules/openshift/ocp-apiserver-admission-namespace-lifecycle.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-disabled.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1164 }],
    has: '"NamespaceLifecycle" is in "disable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'fail-enabled-and-disabled.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1164 }],
    has: '"NamespaceLifecycle" is in both "enable-admission-plugins" and "disable-admission-plugins", which kube-apiserver refuses (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'pass-default-plugins.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"NamespaceLifecycle" is in "enable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
]);
