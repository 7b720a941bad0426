import rule from '../../../rules/workloads/pod-host-network.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-not-set.yaml', want: [{ name: 'web-5c8f', status: 'pass' }] },
  { fixture: 'pass-false.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-host-network.yaml', want: [{ name: 'ingress', status: 'fail', line: 10, column: 20 }] },
  {
    fixture: 'fail-list-dump-owned-pods.yaml',
    want: [
      { name: 'dns', status: 'fail', line: 11, column: 24 },
      { name: 'toolbox', status: 'pass' },
    ],
  },
];

fixtureCases('pod-host-network', rule, dir, cases);
