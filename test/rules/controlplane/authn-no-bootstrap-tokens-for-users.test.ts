// authn-no-bootstrap-tokens-for-users: always manual; reports bootstrap token auth, token Secrets (counted) and static token files.
import rule from '../../../rules/controlplane/authn-no-bootstrap-tokens-for-users.js';
import { api, argLine, ARG_COLUMN as C, runCases } from '../../helpers/node-facts.js';
import { fixtureSuite } from '../../helpers/node-facts.js';

const BOOTSTRAP = 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: bootstrap-token-abcdef\n  namespace: kube-system\ntype: bootstrap.kubernetes.io/token\ndata:\n  token-secret: REDACTED\n';

runCases(rule, [
  {
    name: 'manual: bootstrap auth on, a token Secret and a static token file',
    snapshot: { nodes: [api(['--enable-bootstrap-token-auth=true', '--token-auth-file=/etc/kubernetes/tokens.csv'])], resources: BOOTSTRAP },
    want: { status: 'manual', line: argLine(0), column: C, message: 'review whether people use bootstrap tokens: bootstrap token authentication is on ("--enable-bootstrap-token-auth" on "cp-1"); 1 bootstrap token Secret exists; delete the ones no node join needs; a static token file is also accepted ("--token-auth-file" on "cp-1")' },
  },
  { name: 'manual: bootstrap auth explicitly off and no tokens', snapshot: { nodes: [api(['--enable-bootstrap-token-auth=false'])] }, want: { status: 'manual', message: /^no bootstrap token authentication/ } },
  { name: 'manual: empty input', snapshot: {}, want: { status: 'manual', message: /no API server settings or cluster objects/ } },
]);

// End to end: mini node bundles read by the bundle loader (this rule never passes: manual guidance or an absurd value).
fixtureSuite(rule, 'controlplane', [
  { fixture: 'manual-bootstrap-tokens', want: [{ node: 'demo', status: 'manual', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: 'review whether people use bootstrap tokens: bootstrap token authentication is on ("--enable-bootstrap-token-auth" on "cp-1"); 1 bootstrap token Secret exists; delete the ones no node join needs' }] },
  { fixture: 'manual-none-found', want: [{ node: 'demo', status: 'manual', has: 'no bootstrap token authentication, bootstrap token Secrets or static token files were found; review whether people use bootstrap tokens' }] },
]);
