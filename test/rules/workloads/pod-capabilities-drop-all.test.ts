// Containers drop ALL and add nothing beyond NET_BIND_SERVICE (the "capabilities assigned" recommendation).
import rule from '../../../rules/workloads/pod-capabilities-drop-all.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-drop-all.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-net-bind-service.yaml', want: [{ name: 'proxy', status: 'pass' }] },
  {
    fixture: 'fail-adds-sys-admin.yaml',
    want: [{ name: 'csi-node', status: 'fail', line: 17, column: 19 }],
    says: ['container "driver" (adds "SYS_ADMIN", "NET_ADMIN")'],
  },
  {
    fixture: 'fail-not-drop-all.yaml',
    want: [{ name: 'web', status: 'fail', line: 11, column: 7 }],
    says: ['container "web" (does not drop ALL, so it keeps the runtime default set)'],
  },
  { fixture: 'fail-drops-some.yaml', want: [{ name: 'web', status: 'fail', line: 13, column: 11 }] },
  {
    fixture: 'fail-adds-reported-before-missing-drop.yaml',
    want: [{ name: 'vpn', status: 'fail', line: 16, column: 17 }],
    says: ['container "tunnel" (adds "NET_ADMIN"), container "web" (does not drop ALL'],
  },
  {
    fixture: 'fail-ephemeral-and-init.yaml',
    want: [{ name: 'web', status: 'fail', line: 20, column: 31 }],
    says: ['ephemeral container "debugger" (adds "SYS_PTRACE"; does not drop ALL, so it keeps the runtime default set), init container "setup"'],
  },
  {
    fixture: 'fail-privileged-in-cronjob.yaml',
    want: [{ name: 'fsck', status: 'fail', line: 18, column: 29 }],
    says: ['privileged: true grants every capability'],
  },
  { fixture: 'not-applicable-windows-pod.yaml', want: [{ name: 'iis', status: 'not-applicable', line: 2, column: 1 }] },
];

fixtureCases('pod-capabilities-drop-all', rule, dir, cases);
