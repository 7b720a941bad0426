// Subject reach, what SCCs allow, who can use an SCC (SCC lists and RBAC "use"), the per-SCC verdict, and
// non-resource URLs granted to everyone.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import type { Resource, Snapshot } from '../../lib/model/types.js';
import { makeContext } from '../../lib/engine/run.js';
import {
  allowsAddedCapabilities, allowsElevated, allowsNetRaw, allowsPrivilegeEscalation, allowsPrivileged, allowsRoot, broadUrlGrants, capName,
  judgeScc, keepsCapabilities, reachOf, sccAccessors, SENSITIVE_URLS,
} from '../../lib/rule/openshift-access.js';
import type { RuleContext } from '../../lib/rule/types.js';

function ctxOf(text: string): RuleContext {
  const { resources, errors } = parseText(text, 'in.yaml');
  assert.equal(errors, []);
  const snapshot: Snapshot = { resources, nodes: [], bundles: [], errors: [] };
  return makeContext(snapshot, 'rh-1.8');
}

function scc(body: string, name = 'x'): Resource {
  const { resources } = parseText(`apiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\nmetadata:\n  name: ${name}\n${body}`, 'scc.yaml');
  return resources[0];
}

const test = suite('openshift-access');

test('reachOf: platform, everyone, a whole namespace, or one account', () => {
  const table: [Parameters<typeof reachOf>, string][] = [
    [['Group', 'system:authenticated'], 'broad'],
    [['Group', 'system:authenticated:oauth'], 'broad'],
    [['Group', 'system:serviceaccounts'], 'broad'],
    [['User', 'system:anonymous'], 'broad'],
    [['Group', 'system:serviceaccounts:shop'], 'namespace'],
    [['Group', 'system:serviceaccounts:openshift-monitoring'], 'platform'],
    [['Group', 'system:cluster-admins'], 'platform'],
    [['Group', 'developers'], 'specific'],
    [['ServiceAccount', 'default', 'shop'], 'namespace'],
    [['ServiceAccount', 'api', 'shop'], 'specific'],
    [['ServiceAccount', 'default', 'kube-system'], 'platform'],
    [['ServiceAccount', 'router', 'openshift-ingress'], 'platform'],
    [['User', 'system:serviceaccount:shop:default'], 'namespace'],
    [['User', 'system:serviceaccount:openshift-infra:build-controller'], 'platform'],
    [['User', 'system:admin'], 'platform'],
    [['User', 'alice'], 'specific'],
  ];
  for (const [args, want] of table) assert.is(reachOf(...args), want, args.join(' '));
});

test('capName normalises CAP_ prefixes and case', () => {
  assert.equal(['CAP_NET_RAW', 'net_raw', ' SYS_ADMIN '].map(capName), ['NET_RAW', 'NET_RAW', 'SYS_ADMIN']);
});

test('SCC checks read the fields and their OpenShift defaults', () => {
  assert.ok(allowsPrivilegeEscalation(scc('allowPrivilegedContainer: false\n')), 'unset allowPrivilegeEscalation means true');
  assert.is(allowsPrivilegeEscalation(scc('allowPrivilegeEscalation: false\n')), undefined);
  assert.is(allowsRoot(scc('runAsUser:\n  type: MustRunAsRange\n')), undefined, 'the namespace range never includes 0');
  assert.match(allowsRoot(scc('runAsUser:\n  type: MustRunAsRange\n  uidRangeMin: 0\n  uidRangeMax: 100\n'))!.text, /uidRangeMin is 0/);
  assert.match(allowsRoot(scc('runAsUser:\n  type: MustRunAs\n  uid: 0\n'))!.text, /UID 0/);
  assert.is(allowsRoot(scc('runAsUser:\n  type: MustRunAs\n  uid: 1001\n')), undefined);
  assert.is(allowsRoot(scc('runAsUser:\n  type: MustRunAsNonRoot\n')), undefined);
  assert.match(allowsRoot(scc('priority: 1\n'))!.text, /no runAsUser strategy/);
  assert.is(allowsAddedCapabilities(scc('allowedCapabilities:\n- NET_BIND_SERVICE\n')), undefined);
  assert.match(allowsAddedCapabilities(scc('allowedCapabilities:\n- CAP_SYS_ADMIN\n'))!.text, /"SYS_ADMIN"/);
  assert.match(allowsAddedCapabilities(scc('defaultAddCapabilities:\n- CHOWN\n'))!.text, /every container/);
  assert.is(keepsCapabilities(scc('requiredDropCapabilities:\n- all\n')), undefined);
  assert.ok(keepsCapabilities(scc('requiredDropCapabilities:\n- KILL\n- MKNOD\n')));
  assert.is(allowsNetRaw(scc('requiredDropCapabilities:\n- NET_RAW\n')), undefined);
  assert.match(allowsNetRaw(scc('requiredDropCapabilities:\n- ALL\nallowedCapabilities:\n- "*"\n'))!.text, /add NET_RAW/);
  assert.match(allowsNetRaw(scc('requiredDropCapabilities:\n- KILL\n'))!.text, /does not require dropping NET_RAW/);
  assert.is(allowsElevated(scc('runAsUser:\n  type: MustRunAsNonRoot\nallowedCapabilities:\n- NET_BIND_SERVICE\nvolumes:\n- configMap\n')), undefined);
  assert.is(allowsElevated(scc('allowHostNetwork: true\nallowHostPorts: true\nvolumes:\n- hostPath\nseLinuxContext:\n  type: RunAsAny\nrunAsUser:\n  type: MustRunAsRange\n'))!.text,
    'allows host network, host ports, hostPath volumes and any SELinux context');
});

const RBAC = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: cluster-admin
rules:
- apiGroups: ["*"]
  resources: ["*"]
  verbs: ["*"]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: admins
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects:
- { apiGroup: rbac.authorization.k8s.io, kind: User, name: alice }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata:
  name: use-any-scc
rules:
- apiGroups: [security.openshift.io]
  resources: [securitycontextconstraints]
  verbs: [use]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: ingest-any-scc
  namespace: data
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: use-any-scc }
subjects:
- { kind: ServiceAccount, name: ingest }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: everyone-restricted
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:openshift:scc:restricted" }
subjects:
- { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: everyone-other
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:openshift:scc:other" }
subjects:
- { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:authenticated" }
`;

test('sccAccessors: SCC lists, RBAC use on every SCC or by name, cluster-admin left out', () => {
  const ctx = ctxOf(`${RBAC}---\napiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\nmetadata:\n  name: restricted\nusers:\n- system:serviceaccount:shop:default\ngroups:\n- system:cluster-admins\n`);
  const target = ctx.index.byKind('SecurityContextConstraints')[0];
  const got = sccAccessors(target, ctx).map((a) => `${a.kind} ${a.namespace ? `${a.namespace}/` : ''}${a.name} ${a.reach} via ${a.via}`);
  assert.equal(got, [
    "ServiceAccount shop/default namespace via the SCC's users",
    "Group system:cluster-admins platform via the SCC's groups",
    'Group system:authenticated broad via ClusterRoleBinding "everyone-restricted"',
    'ServiceAccount data/ingest specific via RoleBinding "data/ingest-any-scc"',
  ]);
});

test('judgeScc: pass when not allowed, fail for everyone, manual for named accounts or without RBAC, pass for platform only', () => {
  const sccDoc = (name: string, body: string) => `---\napiVersion: security.openshift.io/v1\nkind: SecurityContextConstraints\nmetadata:\n  name: ${name}\n${body}`;
  const judge = (ctx: RuleContext, name: string) => {
    const target = ctx.index.byKind('SecurityContextConstraints').find((r) => r.name === name)!;
    return judgeScc(target, ctx, allowsPrivileged, 'privileged containers');
  };
  const noRbac = ctxOf(sccDoc('p', 'allowPrivilegedContainer: true\ngroups:\n- system:cluster-admins\n'));
  assert.is(judge(noRbac, 'p').status, 'manual', 'no RBAC in the input');
  const ctx = ctxOf(RBAC + sccDoc('other', 'allowPrivilegedContainer: true\n') + sccDoc('named', 'allowPrivilegedContainer: true\n') +
    sccDoc('calm', 'allowPrivilegedContainer: false\n'));
  const other = judge(ctx, 'other');
  assert.is(other.status, 'fail', 'system:openshift:scc:other binds system:authenticated even though the role is not in the input');
  assert.match(other.message, /Group "system:authenticated" \(ClusterRoleBinding "everyone-other"\)/);
  const named = judge(ctx, 'named');
  assert.is(named.status, 'manual');
  assert.match(named.message, /review whether ServiceAccount "data\/ingest" \(RoleBinding "data\/ingest-any-scc"\) needs it$/);
  assert.equal([judge(ctx, 'calm').status, judge(ctx, 'calm').message], ['pass', 'SCC "calm" does not allow privileged containers']);
  const platform = ctxOf(RBAC.replace('name: ingest }', 'name: ingest, namespace: openshift-logging }') + sccDoc('named', 'allowPrivilegedContainer: true\n'));
  assert.is(judge(platform, 'named').status, 'pass', 'only cluster administrators and an openshift-* service account');
});

test('broadUrlGrants: broad subjects with GET on sensitive URLs, and bindings whose role is missing', () => {
  const ctx = ctxOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: metrics }
rules:
- nonResourceURLs: ["/metrics", "/debug/*"]
  verbs: [get]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: prom }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: metrics }
subjects:
- { kind: ServiceAccount, name: prometheus, namespace: openshift-monitoring }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: all-debug }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: metrics }
subjects:
- { apiGroup: rbac.authorization.k8s.io, kind: Group, name: "system:serviceaccounts" }
- { apiGroup: rbac.authorization.k8s.io, kind: Group, name: ops }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: gone }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: not-here }
subjects:
- { apiGroup: rbac.authorization.k8s.io, kind: User, name: "system:anonymous" }
`);
  const r = broadUrlGrants(ctx, SENSITIVE_URLS);
  assert.equal(r.grants.map((g) => `${g.accessor.name} ${g.path}`), ['system:serviceaccounts /metrics']);
  assert.equal(r.unresolved.map((b) => b.name), ['gone']);
});

test.run();
