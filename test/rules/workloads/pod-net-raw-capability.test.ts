import rule from '../../../rules/workloads/pod-net-raw-capability.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-drop-all.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-drop-net-raw-lower-case.yaml', want: [{ name: 'web', status: 'pass' }] },
  {
    fixture: 'fail-no-drop.yaml',
    want: [{ name: 'web', status: 'fail', line: 9, column: 7 }],
    says: ['container "web" (does not drop NET_RAW or ALL'],
  },
  { fixture: 'fail-drops-something-else.yaml', want: [{ name: 'web', status: 'fail', line: 13, column: 11 }] },
  {
    fixture: 'fail-drop-all-add-back.yaml',
    want: [{ name: 'prober', status: 'fail', line: 16, column: 39 }],
    says: ['container "prober" (adds "NET_RAW")'],
  },
  {
    fixture: 'fail-cap-prefixed-drop.yaml',
    want: [{ name: 'web', status: 'fail', line: 13, column: 18 }],
    says: ['drops "CAP_NET_RAW", a name containerd does not match'],
  },
  { fixture: 'fail-cap-prefixed-add.yaml', want: [{ name: 'web', status: 'fail', line: 14, column: 17 }], says: ['adds "CAP_NET_RAW"'] },
  {
    fixture: 'fail-privileged.yaml',
    want: [{ name: 'tools', status: 'fail', line: 12, column: 21 }],
    says: ['privileged: true grants every capability'],
  },
  {
    fixture: 'fail-init-container-in-cronjob.yaml',
    want: [{ name: 'sync', status: 'fail', line: 17, column: 15 }],
    says: ['init container "wait"'],
  },
  {
    fixture: 'fail-empty-drop-list.yaml',
    want: [{ name: 'web', status: 'fail', line: 13, column: 11 }],
    says: ['container "web" (does not drop NET_RAW or ALL, so it keeps the runtime default), ephemeral container "debugger"'],
  },
  { fixture: 'not-applicable-windows-pod.yaml', want: [{ name: 'iis', status: 'not-applicable', line: 2, column: 1 }] },
];

fixtureCases('pod-net-raw-capability', rule, dir, cases);
