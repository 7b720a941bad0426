// rbac-new-privileged-bindings: with a baseline report, privileged bindings absent from it (or not privileged there) fail.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/rbac-new-privileged-bindings.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const fixture = path.join(dir, 'fail-new-cluster-admin.yaml');
const result = (ruleId: string, status: string, name: string) => ({ controlId: '5.1.1', ruleId, status, target: { kind: 'ClusterRoleBinding', name }, message: 'm' });
const baseline = {
  schemaVersion: 1,
  results: [
    result('rbac-cluster-admin-bindings', 'fail', 'platform-admins'),
    result('rbac-bind-impersonate-escalate', 'pass', 'impersonators'),
    result('kubelet-anonymous-auth', 'fail', 'ci-admin'),
  ],
};

const test = suite('rbac-new-privileged-bindings');
test('with a baseline: already privileged passes, new or newly privileged fails, unprivileged passes', async () => {
  assert.equal(await checkRule(rule, fixture, { options: { baseline } }), [
    { name: 'platform-admins', status: 'pass' },
    { name: 'ci-admin', status: 'fail', line: 12, column: 73 },
    { name: 'impersonators', status: 'fail', line: 27, column: 73 },
    { name: 'viewers', status: 'pass' },
  ]);
});
test('no privileged binding: pass with and without a baseline', async () => {
  const pass = path.join(dir, 'pass-no-privileged-binding.yaml');
  const want = [{ name: 'cluster-admin', status: 'pass' }, { name: 'readers', status: 'pass' }];
  assert.equal(await checkRule(rule, pass), want);
  assert.equal(await checkRule(rule, pass, { options: { baseline } }), want);
});
test('without a baseline privileged bindings are manual', async () => {
  assert.equal((await checkRule(rule, fixture)).map((r) => r.status), ['manual', 'manual', 'manual', 'pass']);
});
test('a baseline without RBAC results cannot tell', async () => {
  const evs = await evaluateFixture(rule, fixture, { options: { baseline: { results: [result('kubelet-anonymous-auth', 'fail', 'x')] } } });
  assert.is(evs[1].verdict.status, 'manual');
  assert.match(evs[1].verdict.message, /the baseline holds no RBAC results/);
});
test('a malformed baseline counts as none', async () => {
  const evs = await evaluateFixture(rule, fixture, { options: { baseline: { results: 'nope' } } });
  assert.is(evs[1].verdict.status, 'manual');
});
test('messages', async () => {
  const evs = await evaluateFixture(rule, fixture, { options: { baseline } });
  assert.is(evs[1].verdict.message, 'new since the baseline: ServiceAccount "cd/ci" through ClusterRole "cluster-admin", which binds "cluster-admin"');
  assert.is(evs[2].verdict.message, 'new since the baseline: User "support@example.com" through ClusterRole "impersonator", which grants impersonate (the binding existed but was not privileged)');
});
test.run();
