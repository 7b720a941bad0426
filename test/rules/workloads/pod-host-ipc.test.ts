import rule from '../../../rules/workloads/pod-host-ipc.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-not-set.yaml', want: [{ name: 'db', status: 'pass' }] },
  { fixture: 'pass-false.yaml', want: [{ name: 'migrate', status: 'pass' }] },
  {
    fixture: 'fail-host-ipc.yaml',
    want: [{ name: 'cache', status: 'fail', line: 10, column: 16 }],
    says: ['hostIPC is true: container "cache", container "exporter"'],
  },
  { fixture: 'fail-host-ipc-in-replication-controller.yaml', want: [{ name: 'legacy', status: 'fail', line: 7, column: 22 }] },
];

fixtureCases('pod-host-ipc', rule, dir, cases);
