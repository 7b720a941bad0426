// authn-no-service-account-tokens-for-users: always manual; reports long-lived token Secrets by name only.
import rule from '../../../rules/controlplane/authn-no-service-account-tokens-for-users.js';
import { api, runCases } from '../../helpers/node-facts.js';
import { fixtureSuite } from '../../helpers/node-facts.js';

const TOKEN = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: ci-token\n  namespace: ci\n  annotations: {kubernetes.io/service-account.name: ci}\ntype: kubernetes.io/service-account-token\ndata:\n  token: REDACTED\n';

runCases(rule, [
  { name: 'manual: a long-lived token Secret, located, value never quoted', snapshot: { resources: TOKEN }, want: { status: 'manual', line: 1, column: 1, message: 'review whether people use service account tokens: 1 long-lived service account token Secret exists ("ci/ci-token"); make sure none is handed to a person' } },
  { name: 'manual: lookup disabled', snapshot: { nodes: [api(['--service-account-lookup=false'])] }, want: { status: 'manual', message: /deleted tokens stay valid/ } },
  { name: 'manual: none found', snapshot: { resources: 'apiVersion: v1\nkind: Namespace\nmetadata: {name: a}\n' }, want: { status: 'manual', message: /^no long-lived service account token Secrets are in the input/ } },
]);

// End to end: mini node bundles read by the bundle loader (this rule never passes: manual guidance or an absurd value).
fixtureSuite(rule, 'controlplane', [
  { fixture: 'manual-long-lived-token-secret', want: [{ node: 'demo', status: 'manual', at: 'cluster/resources/secrets.yaml:1:1', has: 'review whether people use service account tokens: 1 long-lived service account token Secret exists ("ci/deployer-token"); make sure none is handed to a person' }] },
  { fixture: 'manual-none-found', want: [{ node: 'demo', status: 'manual', has: 'no long-lived service account token Secrets are in the input; review whether people use service account tokens' }] },
]);
