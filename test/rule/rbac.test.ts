import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import type { Resource, Snapshot } from '../../lib/model/types.js';
import {
  describeSubjects,
  grantedVerbs,
  nonResourceURLMatches,
  rbacOf,
  resourceMatches,
  ruleAllows,
  tokenMount,
  type Permission,
  type PolicyRule,
} from '../../lib/rule/rbac.js';
import { Field } from '../../lib/rule/field.js';
import { SnapshotIndex } from '../../lib/rule/snapshot-index.js';

function indexOf(text: string): SnapshotIndex {
  const { resources, errors } = parseText(text, 'rbac.yaml');
  assert.equal(errors, []);
  const snapshot: Snapshot = { resources, nodes: [], bundles: [], errors: [] };
  return new SnapshotIndex(snapshot);
}

function rule(r: Partial<Pick<PolicyRule, 'verbs' | 'apiGroups' | 'resources' | 'resourceNames' | 'nonResourceURLs'>>): PolicyRule {
  const [role] = parseText('kind: ClusterRole\napiVersion: rbac.authorization.k8s.io/v1\nmetadata: { name: r }\n', 'r.yaml').resources;
  return {
    role,
    index: 0,
    field: Field.of(role, 'rules', 0),
    verbs: [], apiGroups: [], resources: [], resourceNames: [], nonResourceURLs: [],
    ...r,
  };
}

const test = suite('rbac');

// ------------------------------------------------------------------------------------------------------------
// Matching

const matchCases: { name: string; r: Parameters<typeof rule>[0]; req: [string, string, string, { subresource?: string; name?: string }?]; want: boolean }[] = [
  { name: 'exact verb, group and resource', r: { verbs: ['get'], apiGroups: [''], resources: ['secrets'] }, req: ['get', '', 'secrets'], want: true },
  { name: 'other verb', r: { verbs: ['get'], apiGroups: [''], resources: ['secrets'] }, req: ['list', '', 'secrets'], want: false },
  { name: 'verb wildcard', r: { verbs: ['*'], apiGroups: [''], resources: ['secrets'] }, req: ['delete', '', 'secrets'], want: true },
  { name: 'group wildcard covers the core group', r: { verbs: ['get'], apiGroups: ['*'], resources: ['secrets'] }, req: ['get', '', 'secrets'], want: true },
  { name: 'missing apiGroups matches no group', r: { verbs: ['get'], resources: ['secrets'] }, req: ['get', '', 'secrets'], want: false },
  { name: 'other group', r: { verbs: ['get'], apiGroups: ['apps'], resources: ['secrets'] }, req: ['get', '', 'secrets'], want: false },
  { name: 'resource wildcard covers subresources', r: { verbs: ['get'], apiGroups: [''], resources: ['*'] }, req: ['get', '', 'nodes', { subresource: 'proxy' }], want: true },
  { name: 'a resource does not cover its subresources', r: { verbs: ['get'], apiGroups: [''], resources: ['nodes'] }, req: ['get', '', 'nodes', { subresource: 'proxy' }], want: false },
  { name: 'exact subresource', r: { verbs: ['get'], apiGroups: [''], resources: ['nodes/proxy'] }, req: ['get', '', 'nodes', { subresource: 'proxy' }], want: true },
  { name: '*/subresource covers that subresource of every resource', r: { verbs: ['get'], apiGroups: [''], resources: ['*/proxy'] }, req: ['get', '', 'nodes', { subresource: 'proxy' }], want: true },
  { name: '*/subresource does not cover the resource itself', r: { verbs: ['get'], apiGroups: [''], resources: ['*/proxy'] }, req: ['get', '', 'nodes'], want: false },
  { name: 'resource/* is not a wildcard', r: { verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/*'] }, req: ['create', '', 'serviceaccounts', { subresource: 'token' }], want: false },
  { name: 'resourceNames admit the named object', r: { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['tls'] }, req: ['get', '', 'secrets', { name: 'tls' }], want: true },
  { name: 'resourceNames refuse other objects', r: { verbs: ['get'], apiGroups: [''], resources: ['secrets'], resourceNames: ['tls'] }, req: ['get', '', 'secrets', { name: 'db' }], want: false },
  { name: 'resourceNames refuse requests without a name', r: { verbs: ['list'], apiGroups: [''], resources: ['secrets'], resourceNames: ['tls'] }, req: ['list', '', 'secrets'], want: false },
];
for (const c of matchCases) {
  test(`ruleAllows: ${c.name}`, () => {
    const [verb, group, resource, o] = c.req;
    assert.is(ruleAllows(rule(c.r), verb, group, resource, o), c.want);
  });
}

test('resourceMatches with and without subresource', () => {
  const r = rule({ resources: ['pods', 'pods/log'] });
  assert.ok(resourceMatches(r, 'pods'));
  assert.ok(resourceMatches(r, 'pods', 'log'));
  assert.not.ok(resourceMatches(r, 'pods', 'exec'));
});

test('nonResourceURLMatches: exact, wildcard and prefix', () => {
  assert.ok(nonResourceURLMatches(rule({ nonResourceURLs: ['/metrics'] }), '/metrics'));
  assert.not.ok(nonResourceURLMatches(rule({ nonResourceURLs: ['/metrics'] }), '/metrics/cadvisor'));
  assert.ok(nonResourceURLMatches(rule({ nonResourceURLs: ['/metrics/*'] }), '/metrics/cadvisor'));
  assert.ok(nonResourceURLMatches(rule({ nonResourceURLs: ['*'] }), '/healthz'));
});

const secretsRead: Permission = { verbs: ['get', 'list', 'watch'], group: '', resource: 'secrets' };
test('grantedVerbs: intersection, and a verb wildcard yields the verbs asked for', () => {
  assert.equal(grantedVerbs(rule({ verbs: ['list', 'create'], apiGroups: [''], resources: ['secrets'] }), secretsRead), ['list']);
  assert.equal(grantedVerbs(rule({ verbs: ['*'], apiGroups: [''], resources: ['secrets'] }), secretsRead), ['get', 'list', 'watch']);
  assert.equal(grantedVerbs(rule({ verbs: ['get'], apiGroups: ['apps'], resources: ['secrets'] }), secretsRead), []);
});

test('grantedVerbs: any verb', () => {
  const p: Permission = { verbs: '*', group: '', resource: 'nodes', subresource: 'proxy' };
  assert.equal(grantedVerbs(rule({ verbs: ['get', 'create'], apiGroups: [''], resources: ['nodes/proxy'] }), p), ['get', 'create']);
  assert.equal(grantedVerbs(rule({ verbs: ['*'], apiGroups: [''], resources: ['nodes/proxy'] }), p), ['*']);
});

test('grantedVerbs: create limited by resourceNames grants nothing on a resource, but does on a subresource', () => {
  const pods: Permission = { verbs: ['create'], group: '', resource: 'pods' };
  const token: Permission = { verbs: ['create'], group: '', resource: 'serviceaccounts', subresource: 'token' };
  assert.equal(grantedVerbs(rule({ verbs: ['create'], apiGroups: [''], resources: ['pods'], resourceNames: ['x'] }), pods), []);
  assert.equal(grantedVerbs(rule({ verbs: ['create'], apiGroups: [''], resources: ['serviceaccounts/token'], resourceNames: ['x'] }), token), ['create']);
});

// ------------------------------------------------------------------------------------------------------------
// Aggregation

const AGGREGATION = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: top }
aggregationRule:
  clusterRoleSelectors:
    - matchLabels: { agg-to-top: "true" }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: middle, labels: { agg-to-top: "true" } }
aggregationRule:
  clusterRoleSelectors:
    - matchExpressions: [{ key: agg-to-middle, operator: Exists }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: leaf, labels: { agg-to-middle: "" } }
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: other-leaf, labels: { agg-to-top: "true" } }
rules:
  - { apiGroups: [""], resources: ["pods"], verbs: ["list"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: unrelated }
rules:
  - { apiGroups: [""], resources: ["nodes"], verbs: ["get"] }
`;

test('aggregation is followed through nested aggregating ClusterRoles, in name order', () => {
  const rbac = rbacOf(indexOf(AGGREGATION));
  const top = rbac.findRole('ClusterRole', undefined, 'top')!;
  const eff = rbac.effective(top);
  assert.equal(eff.rules.map((r) => `${r.role.name}:${r.resources.join()}`), ['leaf:secrets', 'other-leaf:pods']);
  assert.is(eff.complete, false, 'rules not filled in: ClusterRoles outside the input may match');
  assert.equal(rbac.aggregatedBy(top).map((r) => r.name), ['middle', 'other-leaf']);
  assert.equal(rbac.aggregatingInto(rbac.findRole('ClusterRole', undefined, 'leaf')!).map((r) => r.name), ['middle']);
});

test('rules a dump has already copied into an aggregating ClusterRole are counted once, at their source', () => {
  const rbac = rbacOf(indexOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: agg }
aggregationRule:
  clusterRoleSelectors: [{ matchLabels: { to-agg: "true" } }]
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["get", "list"] }
  - { apiGroups: [""], resources: ["configmaps"], verbs: ["get"] }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: src, labels: { to-agg: "true" } }
rules:
  - { apiGroups: [""], resources: ["secrets"], verbs: ["list", "get"] }
`));
  const eff = rbac.effective(rbac.findRole('ClusterRole', undefined, 'agg')!);
  assert.equal(eff.rules.map((r) => `${r.role.name}:${r.resources.join()}`), ['src:secrets', 'agg:configmaps']);
  assert.is(eff.complete, true);
});

test('selectors that select each other do not loop', () => {
  const rbac = rbacOf(indexOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: a, labels: { ring: "true" } }
aggregationRule: { clusterRoleSelectors: [{ matchLabels: { ring: "true" } }] }
rules: [{ apiGroups: [""], resources: ["pods"], verbs: ["get"] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: b, labels: { ring: "true" } }
aggregationRule: { clusterRoleSelectors: [{ matchLabels: { ring: "true" } }] }
rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }]
`));
  const a = rbac.effective(rbac.findRole('ClusterRole', undefined, 'a')!);
  const b = rbac.effective(rbac.findRole('ClusterRole', undefined, 'b')!);
  assert.equal(a.rules.map((r) => r.resources[0]).sort(), ['pods', 'secrets']);
  assert.equal(b.rules.map((r) => r.resources[0]).sort(), ['pods', 'secrets']);
});

// ------------------------------------------------------------------------------------------------------------
// Bindings and who-can

const BINDINGS = `
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: secret-reader }
rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: rb, namespace: shop }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: secret-reader }
subjects:
  - { kind: ServiceAccount, name: web }
  - { kind: Group, name: devs }
  - { kind: Robot, name: ignored }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: ops }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: User, name: ops@example.com }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: cluster-admin
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: Group, name: "system:masters" }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: "system:node-proxier"
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: "system:node-proxier" }
subjects:
  - { kind: User, name: "system:kube-proxy" }
  - { kind: User, name: mallory }
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: "system:look-alike"
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: cluster-admin }
subjects: [{ kind: Group, name: "system:authenticated" }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata:
  name: "system::extension-apiserver-authentication-reader"
  namespace: kube-system
  labels: { kubernetes.io/bootstrapping: rbac-defaults }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: extension-apiserver-authentication-reader }
subjects: [{ kind: User, name: "system:kube-scheduler" }]
`;

test('subjects: known kinds only; a ServiceAccount without namespace takes the binding\'s', () => {
  const rbac = rbacOf(indexOf(BINDINGS));
  const rb = rbac.bindings.find((b) => b.name === 'rb')!;
  assert.equal(rb.subjects.map((s) => [s.kind, s.name, s.namespace]), [['ServiceAccount', 'web', 'shop'], ['Group', 'devs', undefined]]);
  assert.is(describeSubjects(rb.subjects), 'ServiceAccount "shop/web" and Group "devs"');
});

test('default bindings: bootstrap bindings are; a user added to one, or a labelled look-alike of another role, is not', () => {
  const rbac = rbacOf(indexOf(BINDINGS));
  const origin = Object.fromEntries(rbac.bindings.map((b) => [b.name, b.origin ?? 'user']));
  assert.equal(origin, {
    ops: 'user',
    'cluster-admin': 'kubernetes',
    'system:node-proxier': 'user',
    'system:look-alike': 'user',
    rb: 'user',
    'system::extension-apiserver-authentication-reader': 'kubernetes',
  });
});

test('whoCan: a RoleBinding grants a ClusterRole in its namespace only; cluster-admin not in the input allows everything', () => {
  const rbac = rbacOf(indexOf(BINDINGS));
  const all = rbac.whoCan('get', '', 'secrets');
  assert.equal(all.map((g) => [g.binding.name, g.scope, g.namespace, g.rule?.role.name]), [
    ['ops', 'cluster', undefined, undefined],
    ['cluster-admin', 'cluster', undefined, undefined],
    ['system:look-alike', 'cluster', undefined, undefined],
    ['rb', 'namespace', 'shop', 'secret-reader'],
  ]);
  const cluster = ['ops', 'cluster-admin', 'system:look-alike'];
  assert.equal(rbac.whoCan('get', '', 'secrets', { namespace: 'other' }).map((g) => g.binding.name), cluster);
  assert.equal(rbac.whoCan('get', '', 'secrets', { namespace: 'shop' }).map((g) => g.binding.name), [...cluster, 'rb']);
  assert.equal(rbac.whoCan('list', '', 'secrets', { namespace: 'shop' }).map((g) => g.binding.name), cluster);
});

test('whoCan: a cluster-scoped resource is granted by ClusterRoleBindings only', () => {
  const rbac = rbacOf(indexOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRole
metadata: { name: proxy }
rules: [{ apiGroups: [""], resources: ["nodes/proxy"], verbs: ["get"] }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: in-ns, namespace: mon }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: proxy }
subjects: [{ kind: User, name: u }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: everywhere }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: proxy }
subjects: [{ kind: User, name: u }]
`));
  const grants = rbac.whoCan('*', '', 'nodes', { subresource: 'proxy', clusterScoped: true });
  assert.equal(grants.map((g) => [g.binding.name, g.verbs]), [['everywhere', ['get']]]);
  assert.is(grants[0].rule?.field.fieldPath, 'rules[0]');
  assert.equal(rbac.whoCan('get', '', 'nodes').map((g) => g.binding.name), [], 'nodes/proxy does not grant nodes');
});

test('grants: a ClusterRoleBinding cannot refer to a Role; an unknown role is unresolved', () => {
  const rbac = rbacOf(indexOf(`
apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata: { name: bad }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
subjects: [{ kind: User, name: u }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: RoleBinding
metadata: { name: missing, namespace: ns }
roleRef: { apiGroup: rbac.authorization.k8s.io, kind: Role, name: r }
subjects: [{ kind: User, name: u }]
---
apiVersion: rbac.authorization.k8s.io/v1
kind: Role
metadata: { name: r, namespace: elsewhere }
rules: [{ apiGroups: [""], resources: ["secrets"], verbs: ["get"] }]
`));
  const [bad, missing] = rbac.bindings;
  assert.ok(rbac.grants(bad, [secretsRead]).invalid);
  const m = rbac.grants(missing, [secretsRead]);
  assert.is(m.unresolved, 'Role "r" is not in the input', 'a Role in another namespace does not count');
  assert.equal(m.grants, []);
});

test('rbacOf builds one index per snapshot', () => {
  const index = indexOf(BINDINGS);
  assert.is(rbacOf(index), rbacOf(index));
  assert.is.not(rbacOf(index), rbacOf(indexOf(BINDINGS)));
});

// ------------------------------------------------------------------------------------------------------------
// Service account tokens

function workloadAnd(text: string): { w: Resource; index: SnapshotIndex } {
  const index = indexOf(text);
  const w = index.snapshot.resources.find((r) => r.kind !== 'ServiceAccount')!;
  return { w, index };
}

const tokenCases: { name: string; text: string; want: [boolean | undefined, string, boolean] }[] = [
  {
    name: 'pod false wins over the ServiceAccount',
    text: 'kind: ServiceAccount\napiVersion: v1\nmetadata: { name: a, namespace: n }\nautomountServiceAccountToken: true\n---\nkind: Pod\napiVersion: v1\nmetadata: { name: p, namespace: n }\nspec: { serviceAccountName: a, automountServiceAccountToken: false }\n',
    want: [false, 'pod', false],
  },
  {
    name: 'ServiceAccount false applies when the pod is silent',
    text: 'kind: ServiceAccount\napiVersion: v1\nmetadata: { name: a, namespace: n }\nautomountServiceAccountToken: false\n---\nkind: Deployment\napiVersion: apps/v1\nmetadata: { name: d, namespace: n }\nspec: { template: { spec: { serviceAccountName: a } } }\n',
    want: [false, 'service-account', false],
  },
  {
    name: 'the deprecated serviceAccount field names the account',
    text: 'kind: ServiceAccount\napiVersion: v1\nmetadata: { name: old, namespace: n }\n---\nkind: Pod\napiVersion: v1\nmetadata: { name: p, namespace: n }\nspec: { serviceAccount: old }\n',
    want: [true, 'default', false],
  },
  {
    name: 'no ServiceAccount in the input: unknown',
    text: 'kind: Pod\napiVersion: v1\nmetadata: { name: p, namespace: n }\nspec: {}\n',
    want: [undefined, 'unknown', false],
  },
  {
    name: 'pod true is explicit',
    text: 'kind: Pod\napiVersion: v1\nmetadata: { name: p, namespace: n }\nspec: { automountServiceAccountToken: true }\n',
    want: [true, 'pod', true],
  },
];
for (const c of tokenCases) {
  test(`tokenMount: ${c.name}`, () => {
    const { w, index } = workloadAnd(c.text);
    const t = tokenMount(w, index);
    assert.equal([t.mounted, t.by, t.explicit], c.want);
  });
}

test.run();
