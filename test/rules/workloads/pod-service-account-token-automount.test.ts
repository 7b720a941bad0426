import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-service-account-token-automount.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-pod-disables.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-service-account-disables.yaml', want: [{ name: 'worker', status: 'pass' }] },
  { fixture: 'pass-static-mirror-pod.yaml', want: [{ name: 'kube-scheduler-cp-1', status: 'pass' }] },
  { fixture: 'fail-mounted-by-default.yaml', want: [{ name: 'reports', status: 'fail', line: 19, column: 9 }] },
  { fixture: 'fail-dump-pod-with-token-volume.yaml', want: [{ name: 'debug', status: 'fail', line: 14, column: 7 }] },
  { fixture: 'manual-pod-opts-in.yaml', want: [{ name: 'operator', status: 'manual', line: 11, column: 37 }] },
  { fixture: 'manual-service-account-opts-in.yaml', want: [{ name: 'controller', status: 'manual', line: 7, column: 31 }] },
  { fixture: 'manual-service-account-not-in-input.yaml', want: [{ name: 'agent', status: 'manual', line: 9, column: 5 }] },
  {
    fixture: 'manual-kube-system-add-on.yaml',
    want: [
      { name: 'coredns', status: 'manual', line: 18, column: 9 },
      { name: 'web', status: 'fail', line: 35, column: 9 },
    ],
  },
];

const test = fixtureCasesSuite('pod-service-account-token-automount', rule, dir, cases);
test('a missing setting is reported where it belongs in the pod spec', async () => {
  const [ev] = await evaluateFixture(rule, path.join(dir, 'fail-mounted-by-default.yaml'));
  assert.is(ev.verdict.fieldPath, 'spec.jobTemplate.spec.template.spec.automountServiceAccountToken');
});
test.run();
