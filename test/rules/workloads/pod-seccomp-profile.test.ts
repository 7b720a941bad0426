import rule from '../../../rules/workloads/pod-seccomp-profile.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** The case run as if the cluster were Kubernetes 1.<minor>. */
const on = (fixture: string, minor: number) => ({ fixture, title: `${fixture} on 1.${minor}`, options: { kubernetesMinor: minor } });
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-pod-runtime-default.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-container-localhost.yaml', want: [{ name: 'web', status: 'pass' }] },
  { ...on('pass-legacy-annotation-on-1-26.yaml', 26), want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-container-unconfined-overrides-pod.yaml', want: [{ name: 'web', status: 'fail', line: 19, column: 21 }], message: 'no enforcing seccomp profile: container "debug" (seccompProfile type Unconfined)' },
  { fixture: 'fail-unset.yaml', want: [{ name: 'db', status: 'fail', line: 11, column: 11 }], message: 'no enforcing seccomp profile: container "postgres" (no seccompProfile, so Unconfined unless the kubelet enables seccompDefault)' },
  { fixture: 'fail-init-container-unset.yaml', want: [{ name: 'backup', status: 'fail', line: 15, column: 15 }] },
  { fixture: 'fail-legacy-annotation-only.yaml', want: [{ name: 'web', status: 'fail', line: 11, column: 51 }], message: 'no enforcing seccomp profile: container "web" (only the alpha seccomp annotation is set, which Kubernetes 1.27 and later ignore)' },
  { ...on('fail-legacy-annotation-only.yaml', 27), want: [{ name: 'web', status: 'fail', line: 11, column: 51 }] },
  { ...on('fail-legacy-container-annotation-unconfined-on-1-26.yaml', 26), want: [{ name: 'web', status: 'fail', line: 8, column: 57 }] },
  { fixture: 'fail-mixed-reasons.yaml', want: [{ name: 'tools', status: 'fail', line: 9, column: 7 }], message: 'no enforcing seccomp profile: containers "shell", "sidecar" (no seccompProfile, so Unconfined unless the kubelet enables seccompDefault); container "tracer" (seccompProfile type Unconfined)' },
  { fixture: 'not-applicable-windows-pod.yaml', want: [{ name: 'iis', status: 'not-applicable' }] },
];

fixtureCases('pod-seccomp-profile', rule, dir, cases);
