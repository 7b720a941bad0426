import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-seccomp-profile.js';
import { checkRule, evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases = [
  { fixture: 'pass-pod-runtime-default.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-container-localhost.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-legacy-annotation-on-1-26.yaml', minor: 26, want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'fail-container-unconfined-overrides-pod.yaml', want: [{ name: 'web', status: 'fail', line: 19, column: 21 }] },
  { fixture: 'fail-unset.yaml', want: [{ name: 'db', status: 'fail', line: 11, column: 11 }] },
  { fixture: 'fail-init-container-unset.yaml', want: [{ name: 'backup', status: 'fail', line: 15, column: 15 }] },
  { fixture: 'fail-legacy-annotation-only.yaml', want: [{ name: 'web', status: 'fail', line: 11, column: 51 }] },
  { fixture: 'fail-legacy-annotation-only.yaml', minor: 27, want: [{ name: 'web', status: 'fail', line: 11, column: 51 }] },
  { fixture: 'fail-legacy-container-annotation-unconfined-on-1-26.yaml', minor: 26, want: [{ name: 'web', status: 'fail', line: 8, column: 57 }] },
  { fixture: 'fail-mixed-reasons.yaml', want: [{ name: 'tools', status: 'fail', line: 9, column: 7 }] },
  { fixture: 'not-applicable-windows-pod.yaml', want: [{ name: 'iis', status: 'not-applicable' }] },
];

const messages = [
  {
    fixture: 'fail-mixed-reasons.yaml',
    want: 'no enforcing seccomp profile: containers "shell", "sidecar" (no seccompProfile, so Unconfined unless the kubelet enables seccompDefault); container "tracer" (seccompProfile type Unconfined)',
  },
  { fixture: 'fail-container-unconfined-overrides-pod.yaml', want: 'no enforcing seccomp profile: container "debug" (seccompProfile type Unconfined)' },
  { fixture: 'fail-unset.yaml', want: 'no enforcing seccomp profile: container "postgres" (no seccompProfile, so Unconfined unless the kubelet enables seccompDefault)' },
  { fixture: 'fail-legacy-annotation-only.yaml', want: 'no enforcing seccomp profile: container "web" (only the alpha seccomp annotation is set, which Kubernetes 1.27 and later ignore)' },
];

const test = suite('pod-seccomp-profile');
for (const { fixture, want, minor } of cases) {
  test(`${fixture}${minor ? ` on 1.${minor}` : ''}`, async () =>
    assert.equal(await checkRule(rule, path.join(dir, fixture), { kubernetesMinor: minor }), want));
}
for (const { fixture, want } of messages) {
  test(`message: ${fixture}`, async () => {
    const [first] = await evaluateFixture(rule, path.join(dir, fixture));
    assert.is(first.verdict.message, want);
  });
}
test.run();
