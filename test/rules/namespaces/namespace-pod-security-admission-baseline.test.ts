import rule from '../../../rules/namespaces/namespace-pod-security-admission-baseline.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// One verdict per namespace; `says` holds a substring of each verdict's message, in target order.
const dir = fixturesDir(rule, 'namespaces');
const cases: RuleFixtureCase[] = [
  {
    fixture: 'pass-labelled-namespaces.yaml',
    want: [{ name: 'kube-system', status: 'not-applicable' }, { name: 'payments', status: 'pass' }, { name: 'shop', status: 'pass' }],
    says: ['system namespace', 'is "restricted"', 'is "baseline"'],
  },
  {
    fixture: 'fail-privileged-and-unlabelled.yaml',
    want: [
      { name: 'build', status: 'fail', line: 10, column: 45 },
      { name: 'shop', status: 'fail', line: 15, column: 7 },
      { name: 'web', status: 'fail', line: 19, column: 5 },
    ],
    says: ['is "privileged", which admits any pod', 'label (only warn, which do not block pods), so pods are admitted at the privileged level', 'no pod-security.kubernetes.io/enforce label, so'],
  },
  {
    fixture: 'fail-exemption-beside-admission-config-default.yaml',
    want: [{ name: 'legacy', status: 'fail', line: 12, column: 22 }, { name: 'shop', status: 'pass' }],
    says: ['exempted from PodSecurity admission by the AdmissionConfiguration', 'the AdmissionConfiguration enforces "baseline" by default'],
  },
  {
    fixture: 'manual-gke-managed-and-policy-engine.yaml',
    want: [{ name: 'gke-managed-system', status: 'manual', line: 2, column: 1 }, { name: 'shop', status: 'manual', line: 7, column: 1 }],
    says: ['managed by the provider', 'Kyverno ClusterPolicy "disallow-privileged" in Enforce mode admits pods: check that its policies cover the baseline profile'],
  },
];

fixtureCases('namespace-pod-security-admission-baseline', rule, dir, cases);
