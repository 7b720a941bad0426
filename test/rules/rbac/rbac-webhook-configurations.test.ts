import rule from '../../../rules/rbac/rbac-webhook-configurations.js';
import { fixtureCases, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'rbac');
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-read-only.yaml', want: [{ name: 'webhook-viewer', status: 'pass' }] },
  { fixture: 'fail-patch-mutating.yaml', want: [{ name: 'injector', status: 'fail', line: 9, column: 5 }] },
  { fixture: 'manual-update-named-webhook.yaml', want: [{ name: 'cert-injector', status: 'manual', line: 11, column: 5 }] },
];

fixtureCases('rbac-webhook-configurations', rule, dir, cases);
