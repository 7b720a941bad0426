import rule from '../../../rules/namespaces/namespace-default-unused.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'namespaces');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-only-built-ins.yaml', want: [{ name: 'cluster', status: 'pass' }] },
  { fixture: 'fail-workload-in-default.yaml', want: [{ name: 'cluster', status: 'fail', line: 9, column: 18 }], message: 'namespace "default" holds 2 user objects: Deployment "legacy-app", Service "legacy-app"' },
  { fixture: 'manual-no-namespace-set.yaml', want: [{ name: 'cluster', status: 'manual', line: 4, column: 1 }], message: '2 objects set no namespace and will land in the namespace given when applying (the Helm release or kubectl context namespace, "default" unless set): Deployment "web", Service "web"' },
];

fixtureCases('namespace-default-unused', rule, dir, cases);
