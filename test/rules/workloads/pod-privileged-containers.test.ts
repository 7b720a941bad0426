import rule from '../../../rules/workloads/pod-privileged-containers.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-unprivileged.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-no-security-context.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-privileged.yaml', want: [{ name: 'web', status: 'fail', line: 16, column: 25 }] },
  { fixture: 'fail-privileged-init-container.yaml', want: [{ name: 'migrate', status: 'fail', line: 11, column: 38 }] },
  { fixture: 'fail-privileged-in-cronjob.yaml', want: [{ name: 'cleanup', status: 'fail', line: 18, column: 29 }] },
  { fixture: 'fail-owned-pod-reported-on-controller.yaml', want: [{ name: 'web-7d9f', status: 'fail', line: 18, column: 29 }] },
];

fixtureCases('pod-privileged-containers', rule, dir, cases);
