// ocp-audit-profile-coverage: Audit policy records what changed, not only who called
import rule from '../../../rules/openshift/ocp-audit-profile-coverage.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-custom-rule-none.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 19, column: 16 }],
    has: 'spec.audit.customRules records nothing (None) for group "system:serviceaccounts"',
  },
  {
    fixture: 'fail-none.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 17, column: 14 }],
    has: 'spec.audit.profile is None, so nothing is recorded',
  },
  {
    fixture: 'manual-default.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 20, column: 14 }],
    has: 'spec.audit.profile is Default, which records who made each request but not what a write changed; customRules record request bodies for "system:cluster-admins": decide whether WriteRequestBodies is needed',
  },
  {
    fixture: 'manual-no-apiserver.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    has: 'the APIServer "cluster" object is not in the input: check spec.audit with "oc get apiserver cluster -o yaml"',
  },
  {
    fixture: 'pass-all-request-bodies.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.audit.profile is AllRequestBodies, which records the content of write requests',
  },
  {
    fixture: 'pass-write-request-bodies.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'spec.audit.profile is WriteRequestBodies, which records the content of write requests',
  },
]);
