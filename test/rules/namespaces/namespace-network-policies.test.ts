import rule from '../../../rules/namespaces/namespace-network-policies.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'namespaces');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-default-deny-both.yaml', want: [{ name: 'shop', status: 'pass' }] },
  { fixture: 'pass-per-workload-policies.yaml', want: [{ name: 'shop', status: 'pass' }] },
  { fixture: 'pass-host-network-pod-skipped.yaml', want: [{ name: 'monitoring', status: 'pass' }], message: 'NetworkPolicies select every pod of namespace "monitoring" for ingress and egress (1 hostNetwork workload is outside NetworkPolicy)' },
  { fixture: 'fail-no-policy.yaml', want: [{ name: 'shop', status: 'fail', line: 2, column: 1 }] },
  { fixture: 'fail-ingress-only.yaml', want: [{ name: 'shop', status: 'fail', line: 2, column: 1 }], message: 'namespace "shop": no NetworkPolicy restricts egress' },
  { fixture: 'fail-uncovered-workload.yaml', want: [{ name: 'shop', status: 'fail', line: 26, column: 1 }], message: 'namespace "shop": ingress not restricted for Deployment "worker"; egress not restricted for Deployment "worker"' },
  { fixture: 'fail-egress-missing-points-at-policy.yaml', want: [{ name: 'shop', status: 'fail', line: 10, column: 3 }] },
  { fixture: 'fail-allow-all-egress.yaml', want: [{ name: 'shop', status: 'fail', line: 2, column: 1 }], message: 'namespace "shop": egress open to all through NetworkPolicy "allow-all-egress"' },
  { fixture: 'manual-selective-policy-without-workloads.yaml', want: [{ name: 'shop', status: 'manual', line: 2, column: 1 }] },
  {
    fixture: 'fail-kube-system-judged-podless-namespaces-not-applicable.yaml',
    want: [
      { name: 'kube-node-lease', status: 'not-applicable' },
      { name: 'kube-public', status: 'not-applicable' },
      { name: 'kube-system', status: 'fail', line: 13, column: 5 },
    ],
  },
];

fixtureCases('namespace-network-policies', rule, dir, cases);
