import rule from '../../../rules/workloads/pod-host-pid.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-not-set.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-false.yaml', want: [{ name: 'web', status: 'pass' }] },
  {
    fixture: 'fail-host-pid.yaml',
    want: [{ name: 'debug', status: 'fail', line: 8, column: 12 }],
    says: ['init container "setup", container "shell" share the node\'s process ID namespace'],
  },
  { fixture: 'fail-host-pid-in-cronjob.yaml', want: [{ name: 'audit', status: 'fail', line: 13, column: 20 }] },
  { fixture: 'fail-owned-pod-reported-on-controller.yaml', want: [{ name: 'node-agent', status: 'fail', line: 14, column: 20 }] },
];

fixtureCases('pod-host-pid', rule, dir, cases);
