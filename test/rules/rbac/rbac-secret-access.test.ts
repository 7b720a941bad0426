import rule from '../../../rules/rbac/rbac-secret-access.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-no-secret-rules.yaml', want: [{ name: 'config-reader', status: 'pass' }] },
  {
    fixture: 'pass-default-system-bindings.yaml',
    want: [
      { name: 'system:kube-controller-manager', status: 'pass' },
      { name: 'unused-reader', status: 'pass' },
    ],
  },
  { fixture: 'fail-cluster-role-reads-secrets.yaml', want: [{ name: 'ci-secret-reader', status: 'fail', line: 12, column: 5 }] },
  { fixture: 'fail-rolebinding-to-cluster-role.yaml', want: [{ name: 'app-secret-watcher', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-wildcard-api-groups-only.yaml', want: [{ name: 'web', status: 'fail', line: 10, column: 5 }] },
  { fixture: 'fail-aggregated-cluster-role.yaml', want: [{ name: 'prometheus', status: 'fail', line: 22, column: 5 }] },
  {
    fixture: 'fail-list-dump-aggregated-filled-in.yaml',
    want: [
      { name: 'cluster-admin', status: 'pass' },
      { name: 'ops-view', status: 'fail', line: 27, column: 9 },
    ],
  },
  { fixture: 'fail-user-added-to-default-binding.yaml', want: [{ name: 'system:kube-controller-manager', status: 'fail', line: 23, column: 9 }] },
  { fixture: 'fail-cluster-admin-not-in-input.yaml', want: [{ name: 'operator', status: 'fail', line: 10, column: 9 }] },
  { fixture: 'manual-resource-names-limited.yaml', want: [{ name: 'web-tls-reader', status: 'manual', line: 11, column: 5 }] },
  { fixture: 'manual-aggregated-nothing-selected.yaml', want: [{ name: 'prometheus', status: 'manual', line: 30, column: 9 }] },
  { fixture: 'manual-role-not-in-input.yaml', want: [{ name: 'devs-edit', status: 'manual', line: 10, column: 9 }] },
];

fixtureCases('rbac-secret-access', rule, dir, cases);
