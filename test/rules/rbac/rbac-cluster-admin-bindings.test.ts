import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-cluster-admin-bindings.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-view-binding.yaml', want: [{ name: 'auditors-view', status: 'pass' }] },
  { fixture: 'pass-default-system-masters-binding.yaml', want: [{ name: 'cluster-admin', status: 'pass' }] },
  { fixture: 'fail-service-account-cluster-admin.yaml', want: [{ name: 'ci-deployer', status: 'fail', line: 9, column: 9 }] },
  { fixture: 'fail-user-added-to-default-binding.yaml', want: [{ name: 'cluster-admin', status: 'fail', line: 11, column: 9 }] },
  {
    fixture: 'fail-rolebinding-to-cluster-admin.yaml',
    want: [
      { name: 'placeholder', status: 'pass' },
      { name: 'team-admin', status: 'fail', line: 11, column: 9 },
    ],
  },
  { fixture: 'fail-lookalike-cluster-role.yaml', want: [{ name: 'platform-team', status: 'fail', line: 18, column: 9 }] },
  {
    fixture: 'manual-kubeadm-cluster-admins.yaml',
    want: [
      { name: 'kubeadm:cluster-admins', status: 'manual', line: 13, column: 13 },
      { name: 'kubeadm:get-nodes', status: 'pass' },
    ],
  },
];

const test = fixtureCasesSuite('rbac-cluster-admin-bindings', rule, dir, cases);
test('the message names the subjects and the scope', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-rolebinding-to-cluster-admin.yaml')).then((e) => e.filter((x) => x.verdict.status === 'fail'));
  assert.is(ev.verdict.message, 'Group "shop-leads" holds ClusterRole "cluster-admin" in namespace "shop"');
  assert.is(ev.verdict.fieldPath, 'roleRef.name');
});
test.run();
