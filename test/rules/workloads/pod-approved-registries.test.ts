import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/workloads/pod-approved-registries.js';
import { checkRule, evaluateFixture, fixturesDir, type Simple } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const allowedRegistries = ['111122223333.dkr.ecr.eu-west-1.amazonaws.com', 'mirror.example.com/approved/'];
const cases: { fixture: string; options?: Record<string, unknown>; want: Simple[]; says?: string }[] = [
  { fixture: 'pass-ecr-and-mirror-prefix.yaml', options: { allowedRegistries }, want: [{ name: 'api', status: 'pass' }] },
  {
    fixture: 'fail-docker-hub-sidecar.yaml',
    options: { allowedRegistries },
    want: [{ name: 'api', status: 'fail', line: 14, column: 18 }],
    says: 'container "metrics" pulls "docker.io/prom/statsd-exporter", outside the approved registries',
  },
  {
    fixture: 'manual-no-allow-list.yaml',
    want: [{ name: 'report', status: 'manual', line: 16, column: 22 }],
    says: 'no list of approved registries was given (allowedRegistries), so review the registries this workload pulls from: "ghcr.io", "myregistry.azurecr.io"',
  },
  // The same workload with a list that covers one of its two registries.
  { fixture: 'manual-no-allow-list.yaml', options: { allowedRegistries: ['ghcr.io'] }, want: [{ name: 'report', status: 'fail', line: 18, column: 22 }] },
  { fixture: 'manual-no-allow-list.yaml', options: { allowedRegistries: ['ghcr.io', '*.azurecr.io'] }, want: [{ name: 'report', status: 'pass' }] },
];

const test = suite('pod-approved-registries');
for (const { fixture, options, want, says } of cases) {
  test(`${fixture}${options ? ` with ${JSON.stringify(options.allowedRegistries)}` : ''}`, async () => {
    assert.equal(await checkRule(rule, path.join(dir, fixture), { options }), want);
    if (says) {
      const [ev] = await evaluateFixture(rule, path.join(dir, fixture), { options });
      assert.ok(ev.verdict.message.includes(says), ev.verdict.message);
    }
  });
}
test.run();
