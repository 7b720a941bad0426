// People should not sign in with service account tokens. Manual; reports long-lived token secrets in the input.
import { defineRule, manual } from '../../lib/rule/define.js';
import { apiServers, secretsOfType, someNames } from '../../lib/rule/authn-evidence.js';
import { flagSetting } from '../../lib/rule/component.js';

export default defineRule({
  id: 'authn-no-service-account-tokens-for-users',
  title: 'Users do not authenticate with service account tokens',
  assessment: 'manual',
  notes: 'Always manual: the input shows long-lived service account token Secrets (names only), not who uses them.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Service account tokens are meant for workloads; shared among people they leave no trace of who acted, and legacy token Secrets never expire.',
  remediation: 'Give people their own identities through OIDC or a webhook, delete legacy kubernetes.io/service-account-token Secrets that are not needed, and use short-lived tokens (kubectl create token) where a token is unavoidable.',

  evaluate(_cluster, ctx) {
    const facts: string[] = [];
    const tokens = secretsOfType(ctx, 'kubernetes.io/service-account-token');
    if (tokens.names.length) {
      facts.push(`${tokens.names.length} long-lived service account token ${tokens.names.length === 1 ? 'Secret exists' : 'Secrets exist'} (${someNames(tokens.names)}); make sure none is handed to a person`);
    }
    const lookupOff = apiServers(ctx).map((v) => flagSetting(v, 'service-account-lookup')).find((s) => s.value === 'false');
    if (lookupOff) facts.push('"--service-account-lookup" is false, so deleted tokens stay valid until they expire');
    const loc = tokens.first?.loc ?? lookupOff?.loc;
    if (facts.length === 0) {
      const seen = ctx.snapshot.resources.length > 0 ? 'no long-lived service account token Secrets are in the input' : 'the input has no cluster objects to show token use';
      return manual(`${seen}; review whether people use service account tokens`);
    }
    return manual(`review whether people use service account tokens: ${facts.join('; ')}`, loc);
  },
});
