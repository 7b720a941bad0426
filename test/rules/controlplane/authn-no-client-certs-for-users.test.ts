// authn-no-client-certs-for-users: always manual, with the evidence the input holds.
import rule from '../../../rules/controlplane/authn-no-client-certs-for-users.js';
import { api, argLine, ARG_COLUMN as C, runCases } from '../../helpers/node-facts.js';
import { fixtureSuite } from '../../helpers/node-facts.js';

const CSR = 'apiVersion: certificates.k8s.io/v1\nkind: CertificateSigningRequest\nmetadata:\n  name: alice-admin\nspec:\n  signerName: kubernetes.io/kube-apiserver-client\n  usages: [client auth]\n';
const BINDING = '---\napiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: admins\nroleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin}\nsubjects:\n- {kind: User, name: alice, apiGroup: rbac.authorization.k8s.io}\n- {kind: User, name: "system:kube-scheduler", apiGroup: rbac.authorization.k8s.io}\n';

runCases(rule, [
  {
    name: 'manual: client CA on, no other sign-in method, a client certificate request and a bound user',
    snapshot: { nodes: [api(['--client-ca-file=/etc/kubernetes/pki/ca.crt'])], resources: CSR + BINDING },
    want: { status: 'manual', line: argLine(0), column: C, message: 'review how people authenticate: client certificate authentication is on ("--client-ca-file" on "cp-1"); no OIDC, token webhook or authentication configuration is set, so people can only use certificates or tokens; 1 CertificateSigningRequest asks for API server client certificates ("alice-admin"); role bindings name 1 non-system user ("alice")' },
  },
  { name: 'manual: OIDC configured', snapshot: { nodes: [api(['--client-ca-file=/pki/ca.crt', '--oidc-issuer-url=https://sso.example'])] }, want: { status: 'manual', message: /users can also sign in with OIDC/ } },
  { name: 'manual: nothing in the input', snapshot: {}, want: { status: 'manual', message: /no API server settings or cluster objects/ } },
]);

// End to end: mini node bundles read by the bundle loader (this rule never passes: manual guidance or an absurd value).
fixtureSuite(rule, 'controlplane', [
  { fixture: 'manual-client-certs-only', want: [{ node: 'demo', status: 'manual', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: 'review how people authenticate: client certificate authentication is on ("--client-ca-file" on "cp-1"); no OIDC, token webhook or authentication configuration is set, so people can only use certificates or tokens; 1 CertificateSigningRequest asks for API server client certificates ("alice"); role bindings name 1 non-system user ("alice")' }] },
  { fixture: 'manual-oidc-configured', want: [{ node: 'demo', status: 'manual', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:15:7', has: 'review how people authenticate: client certificate authentication is on ("--client-ca-file" on "cp-1"); users can also sign in with OIDC' }] },
]);
