import rule from '../../../rules/workloads/pod-host-ports.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'workloads');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-container-ports.yaml', want: [{ name: 'web', status: 'pass' }] },
  { fixture: 'pass-host-port-zero.yaml', want: [{ name: 'web', status: 'pass' }] },
  {
    fixture: 'fail-host-port.yaml',
    want: [{ name: 'ingress', status: 'fail', line: 15, column: 25 }],
    says: ['container "controller" (hostPort 80, 443)'],
  },
  {
    fixture: 'fail-host-port-init-container.yaml',
    want: [{ name: 'web', status: 'fail', line: 11, column: 48 }],
    says: ['init container "warmup" (hostPort 9000)'],
  },
  {
    fixture: 'fail-host-network-declared-port.yaml',
    want: [{ name: 'dns', status: 'fail', line: 15, column: 30 }],
    says: ['container "dns" (containerPort 53 bound on the node by hostNetwork: true)'],
  },
  {
    fixture: 'fail-host-network-no-ports.yaml',
    want: [{ name: 'probe', status: 'fail', line: 13, column: 24 }],
    says: ['hostNetwork is true, so any port that container "probe" listens on is a host port'],
  },
  {
    fixture: 'fail-explicit-before-implicit.yaml',
    want: [{ name: 'agent', status: 'fail', line: 15, column: 48 }],
    says: ['container "agent" (hostPort 8125), container "exporter" (containerPort 9100'],
  },
];

fixtureCases('pod-host-ports', rule, dir, cases);
