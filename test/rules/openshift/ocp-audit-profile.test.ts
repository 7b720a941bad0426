// ocp-audit-profile: API server audit logging is on
import rule from '../../../rules/openshift/ocp-audit-profile.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-custom-rule-none.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 19, column: 16 }],
    has: 'spec.audit.customRules turns auditing off (None) for group "system:authenticated"',
  },
  {
    fixture: 'fail-none.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 17, column: 14 }],
    has: 'spec.audit.profile is None, so the API servers write no audit log',
  },
  {
    fixture: 'manual-no-apiserver.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'the APIServer "cluster" object is not in the input: check spec.audit with "oc get apiserver cluster -o yaml"',
  },
  {
    fixture: 'pass-default.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.audit.profile is Default',
  },
  {
    fixture: 'pass-unset.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.audit.profile is not set, so the Default profile applies',
  },
  {
    fixture: 'pass-write-request-bodies.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.audit.profile is WriteRequestBodies',
  },
]);
