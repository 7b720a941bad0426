// ocp-apiserver-priority-and-fairness: API Priority and Fairness is on
import rule from '../../../rules/openshift/ocp-apiserver-priority-and-fairness.js';
import { fixtureRuleSuite } from '../../helpers/fixture-suite.js';

fixtureRuleSuite(rule, 'openshift', [
  {
    fixture: 'fail-flag-false.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 2821 }],
    has: '"enable-priority-and-fairness" is false in apiServerArguments',
  },
  {
    fixture: 'fail-gate-false.yaml',
    want: [{ name: 'cluster', status: 'fail', line: 4, column: 3590 }],
    has: 'feature gate "APIPriorityAndFairness" is false in apiServerArguments',
  },
  {
    fixture: 'manual-no-version.yaml',
    want: [{ name: 'cluster', status: 'manual', line: 4, column: 433 }],
    has: 'nothing in apiServerArguments turns API Priority and Fairness off, but the input gives neither the server version nor FlowSchema objects: check with "oc get flowschemas"',
  },
  {
    fixture: 'pass-flow-schemas.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'nothing turns API Priority and Fairness off, and the input has 2 FlowSchema objects',
  },
  {
    fixture: 'pass-gate-true.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'feature gate "APIPriorityAndFairness" is true in apiServerArguments',
  },
  {
    fixture: 'pass-on-by-default.yaml',
    want: [{ name: 'cluster', status: 'pass' }],
    has: 'nothing turns API Priority and Fairness off, and it is on by default in Kubernetes 1.28', options: { kubernetesMinor: 28 },
  },
]);
