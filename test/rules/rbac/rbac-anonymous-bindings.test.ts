import rule from '../../../rules/rbac/rbac-anonymous-bindings.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// One verdict per binding; `says` holds a substring of each verdict's message, in target order.
const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  {
    fixture: 'pass-defaults-only.yaml',
    want: [{ name: 'system:public-info-viewer', status: 'pass' }, { name: 'web-reader', status: 'pass' }],
    says: ['does not name "system:anonymous"', 'does not name "system:anonymous"'],
  },
  {
    fixture: 'fail-anonymous-cluster-view.yaml',
    want: [{ name: 'anonymous-view', status: 'fail', line: 16, column: 15 }, { name: 'ci-deployer', status: 'pass' }],
    says: ['User "system:anonymous" (every request without credentials) is bound to ClusterRole "view" cluster-wide', 'does not name'],
  },
  {
    fixture: 'manual-kubeadm-cluster-info.yaml',
    want: [{ name: 'kubeadm:bootstrap-signer-clusterinfo', status: 'manual', line: 14, column: 11 }],
    says: ['read ConfigMap "kube-public/cluster-info" for token-based node join'],
  },
];

fixtureCases('rbac-anonymous-bindings', rule, dir, cases);
