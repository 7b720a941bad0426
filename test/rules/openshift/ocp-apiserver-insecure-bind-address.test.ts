// ocp-apiserver-insecure-bind-address: kube-apiserver has no insecure bind address
import rule from '../../../rules/openshift/ocp-apiserver-insecure-bind-address.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-set.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 3682 }],
    has: '"insecure-bind-address" is "127.0.0.1" in apiServerArguments',
  },
  {
    fixture: 'pass-not-set.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"insecure-bind-address" is not set in apiServerArguments',
  },
]);
