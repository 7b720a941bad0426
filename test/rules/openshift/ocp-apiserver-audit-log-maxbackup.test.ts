// ocp-apiserver-audit-log-maxbackup: kube-apiserver keeps at least 10 audit log files
import rule from '../../../rules/openshift/ocp-apiserver-audit-log-maxbackup.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-five.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 611 }],
    has: '"audit-log-maxbackup" is 5 in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", less than 10',
  },
  {
    fixture: 'fail-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"audit-log-maxbackup" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so the number of kept audit log files is not limited as the benchmark asks',
  },
  {
    fixture: 'pass-ten.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"audit-log-maxbackup" is 10 in apiServerArguments of ConfigMap "openshift-kube-apiserver/config" (at least 10)',
  },
]);
