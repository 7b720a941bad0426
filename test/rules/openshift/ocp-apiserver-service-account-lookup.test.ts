// ocp-apiserver-service-account-lookup: kube-apiserver checks that service accounts still exist
import rule from '../../../rules/openshift/ocp-apiserver-service-account-lookup.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-false.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 4935 }],
    has: '"service-account-lookup" is false in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
  {
    fixture: 'pass-true.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"service-account-lookup" is true in apiServerArguments of ConfigMap "openshift-kube-apiserver/config"',
  },
  {
    fixture: 'pass-unset.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: '"service-account-lookup" is not set in apiServerArguments of ConfigMap "openshift-kube-apiserver/config", and it defaults to true',
  },
]);
