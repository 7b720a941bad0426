// People should not sign in with client certificates (they cannot be revoked). The data cannot show who uses them,
// so this stays manual and reports what the input does show.
import { defineRule, manual } from '../../lib/rule/define.js';
import { apiServers, boundUsers, clientCertRequests, onNodes, serversWith, someNames, userAuthenticators } from '../../lib/rule/authn-evidence.js';
import type { Loc } from '../../lib/model/types.js';

export default defineRule({
  id: 'authn-no-client-certs-for-users',
  title: 'Users do not authenticate with client certificates',
  assessment: 'manual',
  notes: 'Always manual: the input shows whether client certificate authentication is on, which other sign-in methods exist, in-cluster client certificate requests and which users hold roles, but not how each person signs in.',
  severity: 'medium',
  scope: { cluster: true },
  rationale: 'A client certificate cannot be revoked before it expires and its groups cannot be changed, so a lost or departed user\'s certificate keeps working.',
  remediation: 'Give people an OIDC provider or an authentication webhook, keep client certificates for components and break-glass access, and issue short-lived certificates when one is unavoidable.',

  evaluate(_cluster, ctx) {
    const servers = apiServers(ctx);
    const facts: string[] = [];
    let loc: Loc | undefined;
    const ca = serversWith(servers, 'client-ca-file');
    if (ca.length) {
      facts.push(`client certificate authentication is on ("--client-ca-file" on ${onNodes(ca)})`);
      loc = ca[0].loc;
    }
    if (servers.length) {
      const others = userAuthenticators(servers);
      facts.push(others.length ? `users can also sign in with ${others.join(', ')}` : 'no OIDC, token webhook or authentication configuration is set, so people can only use certificates or tokens');
    }
    const csrs = clientCertRequests(ctx);
    if (csrs.names.length) {
      facts.push(`${csrs.names.length} ${csrs.names.length === 1 ? 'CertificateSigningRequest asks' : 'CertificateSigningRequests ask'} for API server client certificates (${someNames(csrs.names)})`);
      loc ??= csrs.first!.loc;
    }
    const users = boundUsers(ctx);
    if (users.length) facts.push(`role bindings name ${users.length} non-system ${users.length === 1 ? 'user' : 'users'} (${someNames(users)})`);
    if (facts.length === 0) return manual('the input has no API server settings or cluster objects to show how people authenticate; review it by hand');
    return manual(`review how people authenticate: ${facts.join('; ')}`, loc);
  },
});
