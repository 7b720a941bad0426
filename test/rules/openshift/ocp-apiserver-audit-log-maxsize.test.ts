// ocp-apiserver-audit-log-maxsize: kube-apiserver rotates audit logs at 100 MB or more
import rule from '../../../rules/openshift/ocp-apiserver-audit-log-maxsize.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-50.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 638 }],
    has: '"audit-log-maxsize" is 50 in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", less than 100',
  },
  {
    fixture: 'pass-100.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"audit-log-maxsize" is 100 in apiServerArguments of ConfigMap "openshift-kube-apiserver/config" (at least 100)',
  },
]);
