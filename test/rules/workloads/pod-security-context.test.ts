import rule from '../../../rules/workloads/pod-security-context.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-pod-run-as-non-root.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-container-hardened.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-no-security-context.yaml', want: [{ name: 'cache', status: 'fail', line: 11, column: 11 }], message: 'container with no restricting security context: "redis" (no securityContext at container or pod level)' },
  { fixture: 'fail-only-defaults.yaml', want: [{ name: 'db', status: 'fail', line: 15, column: 11 }], message: 'container with no restricting security context: "postgres" (neither its nor the pod securityContext restricts anything)' },
  { fixture: 'fail-empty-security-context.yaml', want: [{ name: 'tools', status: 'fail', line: 10, column: 7 }] },
  { fixture: 'fail-init-container-unprotected.yaml', want: [{ name: 'backup', status: 'fail', line: 15, column: 15 }], message: 'container with no restricting security context: "fix-permissions" (no securityContext at container or pod level)' },
];

fixtureCases('pod-security-context', rule, dir, cases);
