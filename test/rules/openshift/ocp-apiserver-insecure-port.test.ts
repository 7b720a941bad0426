// ocp-apiserver-insecure-port: kube-apiserver serves no insecure port
import rule from '../../../rules/openshift/ocp-apiserver-insecure-port.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-8080.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 3674 }],
    has: '"insecure-port" is "8080" in apiServerArguments, which serves the API without authentication',
  },
  {
    fixture: 'pass-not-set.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"insecure-port" is not set in apiServerArguments',
  },
  {
    fixture: 'pass-zero.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"insecure-port" is "0" in apiServerArguments',
  },
]);
