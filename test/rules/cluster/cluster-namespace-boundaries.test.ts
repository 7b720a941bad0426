import rule from '../../../rules/cluster/cluster-namespace-boundaries.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// This control is always manual: whether namespaces match teams and trust levels is an organisational question.
// The cases pin the facts it reports.
const dir = fixturesDir(rule, 'cluster');
const cases: RuleFixtureCase[] = [
  {
    fixture: 'manual-app-namespaces.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    message:
      '2 namespaces hold workloads outside the system namespaces ("shop-backend", "shop-frontend"); 1 workload runs in "default"; ' +
      'RoleBindings in 1, NetworkPolicies in 1 and ResourceQuotas in 0 of them: review that namespaces separate teams and applications',
  },
  {
    fixture: 'manual-system-only.yaml',
    want: [{ name: 'cluster', status: 'manual' }],
    message: 'no namespace outside the system namespaces holds workloads in the input: review that namespaces separate teams and applications',
  },
];

fixtureCases('cluster-namespace-boundaries', rule, dir, cases);
