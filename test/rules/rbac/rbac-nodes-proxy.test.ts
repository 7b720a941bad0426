import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/rbac/rbac-nodes-proxy.js';
import { checkRule, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases = [
  { fixture: 'pass-nodes-metrics.yaml', want: [{ name: 'node-metrics', status: 'pass' }] },
  { fixture: 'pass-rolebinding-cannot-grant-nodes.yaml', want: [{ name: 'node-proxy', status: 'pass' }] },
  { fixture: 'fail-nodes-proxy-get.yaml', want: [{ name: 'node-proxy', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'fail-any-resource-proxy.yaml', want: [{ name: 'proxy-everything', status: 'fail', line: 9, column: 5 }] },
];

const test = suite('rbac-nodes-proxy');
for (const { fixture, want } of cases) {
  test(fixture, async () => assert.equal(await checkRule(rule, path.join(dir, fixture)), want));
}
test.run();
