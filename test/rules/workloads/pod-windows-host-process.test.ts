import rule from '../../../rules/workloads/pod-windows-host-process.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-no-windows-options.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-host-process-false.yaml', want: [{ name: 'iis', status: 'pass' }] },
  {
    fixture: 'fail-pod-level.yaml',
    want: [{ name: 'win-agent', status: 'fail', line: 14, column: 24 }],
    says: ['container "agent" (hostProcess: true from the pod securityContext)'],
  },
  {
    fixture: 'fail-container-overrides-pod.yaml',
    want: [{ name: 'win-debug', status: 'fail', line: 17, column: 24 }],
    says: ['container "shell" (hostProcess: true from the container securityContext)'],
  },
  {
    fixture: 'fail-merged-field-by-field.yaml',
    want: [{ name: 'win-setup', status: 'fail', line: 13, column: 40 }],
    says: ['init container "prepare" (hostProcess: true from the pod securityContext), container "setup"'],
  },
  {
    fixture: 'fail-pod-true-containers-false.yaml',
    want: [{ name: 'odd', status: 'fail', line: 10, column: 20 }],
    says: ['the pod securityContext sets hostProcess: true'],
  },
];

fixtureCases('pod-windows-host-process', rule, dir, cases);
