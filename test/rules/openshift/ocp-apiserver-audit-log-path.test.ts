// ocp-apiserver-audit-log-path: Both API servers write an audit log
import rule from '../../../rules/openshift/ocp-apiserver-audit-log-path.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-kube-apiserver-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 433 }],
    has: '"audit-log-path" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", so kube-apiserver writes no audit log',
  },
  {
    fixture: 'fail-openshift-apiserver-unset.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 15, column: 319 }],
    has: '"audit-log-path" is not set in apiServerArguments of ConfigMap "openshift-apiserver/config", so openshift-apiserver writes no audit log',
  },
  {
    fixture: 'manual-no-openshift-apiserver-config.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'ConfigMap "openshift-apiserver/config" (the openshift-apiserver configuration) is not in the input: collect it with "oc get configmap config -n openshift-apiserver -o yaml" to decide this',
  },
  {
    fixture: 'pass-both-servers.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'audit logs are written to "/var/log/kube-apiserver/audit.log" (ConfigMap "openshift-kube-apiserver/config") and "/var/log/openshift-apiserver/audit.log" (ConfigMap "openshift-apiserver/config")',
  },
]);
