// Bootstrap tokens (and static token files) must not be used by people. Manual; reports what is enabled and present.
import { defineRule, manual } from '../../lib/rule/define.js';
import { apiServers, onNodes, secretsOfType, serversWith } from '../../lib/rule/authn-evidence.js';
import type { Loc } from '../../lib/model/types.js';

export default defineRule({
  id: 'authn-no-bootstrap-tokens-for-users',
  title: 'Users do not authenticate with bootstrap tokens',
  assessment: 'manual',
  notes: 'Always manual: the input shows whether bootstrap token authentication is on, bootstrap token Secrets (counted, never read) and static token files, not who uses them.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'Bootstrap tokens exist to join nodes; they carry broad node-joining rights, are shared secrets, and say nothing about which person used them.',
  remediation: 'Use bootstrap tokens only for node joins, give them short TTLs and delete them afterwards (kubeadm token delete), and authenticate people through OIDC or a webhook.',

  evaluate(_cluster, ctx) {
    const servers = apiServers(ctx);
    const facts: string[] = [];
    let loc: Loc | undefined;
    const bootstrap = serversWith(servers, 'enable-bootstrap-token-auth');
    if (bootstrap.length) {
      facts.push(`bootstrap token authentication is on ("--enable-bootstrap-token-auth" on ${onNodes(bootstrap)})`);
      loc = bootstrap[0].loc;
    }
    const secrets = secretsOfType(ctx, 'bootstrap.kubernetes.io/token');
    if (secrets.names.length) {
      facts.push(`${secrets.names.length} bootstrap token ${secrets.names.length === 1 ? 'Secret exists' : 'Secrets exist'}; delete the ones no node join needs`);
      loc ??= secrets.first!.loc;
    }
    const staticTokens = serversWith(servers, 'token-auth-file');
    if (staticTokens.length) {
      facts.push(`a static token file is also accepted ("--token-auth-file" on ${onNodes(staticTokens)})`);
      loc ??= staticTokens[0].loc;
    }
    if (facts.length === 0) {
      const seen = servers.length || ctx.snapshot.resources.length ? 'no bootstrap token authentication, bootstrap token Secrets or static token files were found' : 'the input has no API server settings or cluster objects to show token use';
      return manual(`${seen}; review whether people use bootstrap tokens`);
    }
    return manual(`review whether people use bootstrap tokens: ${facts.join('; ')}`, loc);
  },
});
