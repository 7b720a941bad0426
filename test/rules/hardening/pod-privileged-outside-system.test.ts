// pod-privileged-outside-system: privileged containers and host namespaces pass only in system namespaces.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/hardening/pod-privileged-outside-system.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'hardening');
const cases = [
  { fixture: 'pass-system-namespaces.yaml', options: { systemNamespaces: ['calico-system'] }, want: [{ name: 'cni', status: 'pass' }, { name: 'calico-node', status: 'pass' }] },
  // Without the option only kube-system is a system namespace.
  { fixture: 'pass-system-namespaces.yaml', options: {}, want: [{ name: 'cni', status: 'pass' }, { name: 'calico-node', status: 'fail', line: 20, column: 20 }] },
  { fixture: 'fail-app-namespace.yaml', options: {}, want: [{ name: 'web', status: 'fail', line: 13, column: 23 }, { name: 'debug', status: 'fail', line: 20, column: 16 }] },
];

const test = suite('pod-privileged-outside-system');
for (const { fixture, options, want } of cases) test(`${fixture} ${JSON.stringify(options)}`, async () => assert.equal(await checkRule(rule, path.join(dir, fixture), { options }), want));
test('the message lists every privilege and the namespace', async () => {
  const [web] = await evaluateFixture(rule, path.join(dir, 'fail-app-namespace.yaml'));
  assert.is(web.verdict.message, 'container "tune" runs privileged, hostPID is true in namespace "shop", which is not a system namespace');
});
test.run();
