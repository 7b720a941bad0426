import rule from '../../../rules/workloads/pod-approved-registries.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
const allowedRegistries = ['111122223333.dkr.ecr.eu-west-1.amazonaws.com', 'mirror.example.com/approved/'];
/** Test title of a case run with an allow list. */
const withList = (fixture: string, list: string[]) => `${fixture} with ${JSON.stringify(list)}`;
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-ecr-and-mirror-prefix.yaml', title: withList('pass-ecr-and-mirror-prefix.yaml', allowedRegistries), options: { options: { allowedRegistries } }, want: [{ name: 'api', status: 'pass' }] },
  {
    fixture: 'fail-docker-hub-sidecar.yaml',
    title: withList('fail-docker-hub-sidecar.yaml', allowedRegistries),
    options: { options: { allowedRegistries } },
    want: [{ name: 'api', status: 'fail', line: 14, column: 18 }],
    says: ['container "metrics" pulls "docker.io/prom/statsd-exporter", outside the approved registries'],
  },
  {
    fixture: 'manual-no-allow-list.yaml',
    want: [{ name: 'report', status: 'manual', line: 16, column: 22 }],
    says: ['no list of approved registries was given (allowedRegistries), so review the registries this workload pulls from: "ghcr.io", "myregistry.azurecr.io"'],
  },
  // The same workload with a list that covers one of its two registries.
  { fixture: 'manual-no-allow-list.yaml', title: withList('manual-no-allow-list.yaml', ['ghcr.io']), options: { options: { allowedRegistries: ['ghcr.io'] } }, want: [{ name: 'report', status: 'fail', line: 18, column: 22 }] },
  { fixture: 'manual-no-allow-list.yaml', title: withList('manual-no-allow-list.yaml', ['ghcr.io', '*.azurecr.io']), options: { options: { allowedRegistries: ['ghcr.io', '*.azurecr.io'] } }, want: [{ name: 'report', status: 'pass' }] },
];

fixtureCases('pod-approved-registries', rule, dir, cases);
