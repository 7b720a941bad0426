import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-create-persistent-volumes.js';
import { checkRule, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases = [
  { fixture: 'pass-claims-only.yaml', want: [{ name: 'claim-maker', status: 'pass' }] },
  { fixture: 'pass-rolebinding-cannot-grant-volumes.yaml', want: [{ name: 'volume-maker', status: 'pass' }] },
  { fixture: 'fail-create-volumes-cluster-wide.yaml', want: [{ name: 'volume-maker', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-verb-wildcard.yaml', want: [{ name: 'storage-admin', status: 'fail', line: 9, column: 5 }] },
];

const test = suite('rbac-create-persistent-volumes');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
test.run();
