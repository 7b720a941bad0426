import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-webhook-configurations.js';
import { checkRule, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases = [
  { fixture: 'pass-read-only.yaml', want: [{ name: 'webhook-viewer', status: 'pass' }] },
  { fixture: 'fail-patch-mutating.yaml', want: [{ name: 'injector', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'manual-update-named-webhook.yaml', want: [{ name: 'cert-injector', status: 'manual', line: 11, column: 5 }] },
];

const test = suite('rbac-webhook-configurations');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
test.run();
