// ocp-apiserver-request-timeout: kube-apiserver request timeouts are set
import rule from '../../../rules/openshift/ocp-apiserver-request-timeout.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-request-timeout-zero.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 4393 }],
    has: '"request-timeout" is "0s", which is not a positive duration',
  },
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"min-request-timeout" is not set in apiServerArguments',
  },
  {
    fixture: 'pass-3600.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"min-request-timeout" is 3600 seconds',
  },
]);
