import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-authenticated-bindings.js';
import { checkRule, evaluateFixture, fixturesDir, type Simple } from '../../helpers/check-rule.js';

// One verdict per binding; `says` holds a substring of each verdict's message, in target order.
const dir = fixturesDir(rule, 'rbac');
const cases: { fixture: string; want: Simple[]; says: string[] }[] = [
  {
    fixture: 'pass-bootstrap-defaults.yaml',
    want: [
      { name: 'system:basic-user', status: 'pass' },
      { name: 'system:discovery', status: 'pass' },
      { name: 'system:public-info-viewer', status: 'pass' },
    ],
    says: ['default binding of the bootstrap policy', 'default binding of the bootstrap policy', 'default binding of the bootstrap policy'],
  },
  {
    fixture: 'fail-all-users-view.yaml',
    want: [{ name: 'all-users-view', status: 'fail', line: 13, column: 11 }],
    says: ['Group "system:authenticated" (every authenticated identity) is bound to ClusterRole "view" cluster-wide'],
  },
];

const test = suite('rbac-authenticated-bindings');
for (const { fixture, want, says } of cases) {
  test(fixture, async () => {
    assert.equal(await checkRule(rule, path.join(dir, fixture)), want);
    const messages = (await evaluateFixture(rule, path.join(dir, fixture))).map((e) => e.verdict.message);
    says.forEach((s, i) => assert.ok(messages[i]?.includes(s), `message ${i} "${messages[i]}" should contain "${s}"`));
  });
}
test.run();
