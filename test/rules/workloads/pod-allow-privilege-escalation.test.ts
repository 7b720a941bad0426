import rule from '../../../rules/workloads/pod-allow-privilege-escalation.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-explicit-false.yaml', want: [{ name: 'web', status: 'pass' }] },
  {
    fixture: 'fail-not-set.yaml',
    want: [{ name: 'web', status: 'fail', line: 9, column: 7 }],
    says: ['container "web" (allowPrivilegeEscalation not set, so it defaults to true)'],
  },
  { fixture: 'fail-empty-security-context.yaml', want: [{ name: 'web', status: 'fail', line: 13, column: 7 }] },
  {
    fixture: 'fail-explicit-true.yaml',
    want: [{ name: 'db', status: 'fail', line: 16, column: 39 }],
    says: ['allowPrivilegeEscalation: true'],
  },
  {
    fixture: 'fail-privileged-implies-escalation.yaml',
    want: [{ name: 'tools', status: 'fail', line: 13, column: 21 }],
    says: ['privileged: true always allows escalation'],
  },
  {
    fixture: 'fail-sys-admin-implies-escalation.yaml',
    want: [{ name: 'fuse', status: 'fail', line: 14, column: 17 }],
    says: ['capability "cap_sys_admin" added'],
  },
  {
    fixture: 'fail-init-container.yaml',
    want: [{ name: 'seed', status: 'fail', line: 12, column: 11 }],
    says: ['init container "fetch"'],
  },
  {
    fixture: 'fail-ephemeral-container.yaml',
    want: [{ name: 'web', status: 'fail', line: 14, column: 7 }],
    says: ['ephemeral container "debugger"'],
  },
  { fixture: 'fail-in-cronjob.yaml', want: [{ name: 'report', status: 'fail', line: 17, column: 15 }] },
  { fixture: 'fail-owned-pod-reported-on-controller.yaml', want: [{ name: 'once', status: 'fail', line: 13, column: 15 }] },
  { fixture: 'not-applicable-windows-pod.yaml', want: [{ name: 'iis', status: 'not-applicable', line: 2, column: 1 }] },
];

fixtureCases('pod-allow-privilege-escalation', rule, dir, cases);
