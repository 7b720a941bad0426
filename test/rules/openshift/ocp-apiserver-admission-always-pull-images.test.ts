// ocp-apiserver-admission-always-pull-images: AlwaysPullImages admission plugin is on
import rule from '../../../rules/openshift/ocp-apiserver-admission-always-pull-images.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-default-plugins.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 1135 }],
    has: '"AlwaysPullImages" is not in "enable-admission-plugins" and is off by default (ConfigMap "openshift-kube-apiserver/config")',
  },
  {
    fixture: 'pass-enabled.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"AlwaysPullImages" is in "enable-admission-plugins" (ConfigMap "openshift-kube-apiserver/config")',
  },
]);
