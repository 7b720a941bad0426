import rule from '../../../rules/workloads/pod-root-containers.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-pod-run-as-non-root.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-container-run-as-user.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-container-overrides-pod-root.yaml', want: [{ name: 'web', status: 'pass' }] },
  {
    fixture: 'fail-nothing-set.yaml',
    want: [{ name: 'web', status: 'fail', line: 9, column: 7 }],
    says: ['neither runAsNonRoot nor runAsUser is set, so the image USER decides'],
  },
  { fixture: 'fail-empty-security-contexts.yaml', want: [{ name: 'web', status: 'fail', line: 12, column: 7 }] },
  {
    fixture: 'fail-pod-run-as-user-zero.yaml',
    want: [{ name: 'web', status: 'fail', line: 12, column: 20 }],
    says: ['container "web" (runAsUser 0 from the pod securityContext, which runAsNonRoot: true cannot override)'],
  },
  {
    fixture: 'fail-container-overrides-pod-non-root.yaml',
    want: [{ name: 'web', status: 'fail', line: 16, column: 23 }],
    says: ['container "sidecar" (runAsNonRoot false from the container securityContext and no runAsUser)'],
  },
  {
    fixture: 'fail-init-container-root.yaml',
    want: [{ name: 'seed', status: 'fail', line: 17, column: 24 }],
    says: ['init container "chown" (runAsUser 0 from the container securityContext)'],
  },
  { fixture: 'fail-ephemeral-container-root.yaml', want: [{ name: 'web', status: 'fail', line: 18, column: 20 }] },
  {
    fixture: 'fail-in-cronjob.yaml',
    want: [{ name: 'backup', status: 'fail', line: 15, column: 27 }],
    says: ['runAsNonRoot false from the pod securityContext'],
  },
];

fixtureCases('pod-root-containers', rule, dir, cases);
