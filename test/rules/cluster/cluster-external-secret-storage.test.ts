import * as path from 'node:path';
import * as assert from 'uvu/assert';
import rule from '../../../rules/cluster/cluster-external-secret-storage.js';
import { evaluateFixture, fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

// This control never passes or fails: objects cannot prove where secret material is stored. The cases pin the
// evidence it reports and where it points.
const dir = fixturesDir(rule, 'cluster');
const cases: RuleFixtureCase[] = [
  { fixture: 'manual-no-integration.yaml', want: [{ name: 'cluster', status: 'manual' }], message: 'no external secret store integration is in the input and the input holds 1 Secret object: confirm where secret material is stored and how it is protected' },
  { fixture: 'manual-external-secrets-operator.yaml', want: [{ name: 'cluster', status: 'manual', line: 2, column: 1 }], message: 'external secret integration seen: SecretStore "shop/vault-backend" (External Secrets Operator), ExternalSecret "shop/db-credentials" (External Secrets Operator); the input holds 0 Secret objects: confirm that all secret material comes from the external store' },
  { fixture: 'manual-vault-agent-injection.yaml', want: [{ name: 'cluster', status: 'manual', line: 12, column: 47 }], message: 'external secret integration seen: Deployment "shop/api" (Vault agent injection); the input holds 0 Secret objects: confirm that all secret material comes from the external store' },
  { fixture: 'manual-secrets-store-csi.yaml', want: [{ name: 'cluster', status: 'manual', line: 2, column: 1 }], message: 'external secret integration seen: SecretProviderClass "shop/api-secrets" (Secrets Store CSI driver), Pod "shop/api" (Secrets Store CSI volume); the input holds 0 Secret objects: confirm that all secret material comes from the external store' },
];

const test = fixtureCasesSuite('cluster-external-secret-storage', rule, dir, cases);
test('messages never carry the secret value in the fixtures', async () => {
  for (const { fixture } of cases) {
    const [first] = await evaluateFixture(rule, path.join(dir, fixture));
    assert.not.match(first.verdict.message, /not-a-real-password/);
  }
});
test.run();
