// ocp-apiserver-secure-port: kube-apiserver serves on a secure port
import rule from '../../../rules/openshift/ocp-apiserver-secure-port.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-bind-port-0.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 6260 }],
    has: 'servingInfo.bindAddress is "0.0.0.0:0", which turns TLS serving off',
  },
  {
    fixture: 'fail-secure-port-0.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 4775 }],
    has: '"secure-port" is "0" in apiServerArguments, which turns TLS serving off',
  },
  {
    fixture: 'pass-bind-6443.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'servingInfo.bindAddress is "0.0.0.0:6443"',
  },
]);
