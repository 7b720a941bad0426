import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-host-path-volumes.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-no-volumes.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-other-volumes.yaml', want: [{ name: 'db', status: 'pass' }] },
  {
    fixture: 'fail-host-path.yaml',
    want: [{ name: 'log-shipper', status: 'fail', line: 22, column: 11 }],
    says: ['hostPath volume "varlog" (path "/var/log", mounted by container "shipper")'],
  },
  {
    fixture: 'fail-host-paths-in-cronjob.yaml',
    want: [{ name: 'cleanup', status: 'fail', line: 23, column: 15 }],
    says: ['"images" (path "/var/lib/containerd", mounted by init container "scan"), "unused" (path "/etc", not mounted by any container)'],
  },
];

fixtureCases('pod-host-path-volumes', rule, dir, cases);
