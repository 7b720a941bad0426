import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-added-capabilities.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// Only additions beyond the runtime default set are judged; dropping ALL is pod-capabilities-drop-all's question.
const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-drop-all.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-net-bind-service.yaml', want: [{ name: 'proxy', status: 'pass' }] },
  { fixture: 'pass-keeps-default-set.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-drops-some.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-adds-default-capability.yaml', want: [{ name: 'installer', status: 'pass' }] },
  {
    fixture: 'fail-adds-sys-admin.yaml',
    want: [{ name: 'csi-node', status: 'fail', line: 17, column: 19 }],
    says: ['container "driver" (adds "SYS_ADMIN", "NET_ADMIN")'],
  },
  {
    fixture: 'fail-adds-net-admin-next-to-default-container.yaml',
    want: [{ name: 'vpn', status: 'fail', line: 16, column: 17 }],
    says: ['by: container "tunnel" (adds "NET_ADMIN")'],
  },
  { fixture: 'fail-adds-all.yaml', want: [{ name: 'debug', status: 'fail', line: 13, column: 17 }], says: ['(adds "ALL")'] },
  {
    fixture: 'fail-ephemeral-and-init.yaml',
    want: [{ name: 'web', status: 'fail', line: 20, column: 31 }],
    says: ['by: ephemeral container "debugger" (adds "SYS_PTRACE")'],
  },
  {
    fixture: 'fail-privileged-in-cronjob.yaml',
    want: [{ name: 'fsck', status: 'fail', line: 18, column: 29 }],
    says: ['privileged: true grants every capability'],
  },
  { fixture: 'not-applicable-windows-pod.yaml', want: [{ name: 'iis', status: 'not-applicable', line: 2, column: 1 }] },
];

const test = fixtureCasesSuite('pod-added-capabilities', rule, dir, cases);
test('a container missing drop ALL is left to pod-capabilities-drop-all', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-adds-net-admin-next-to-default-container.yaml'));
  assert.not.ok(ev.verdict.message.includes('"web"'), ev.verdict.message);
});
test.run();
