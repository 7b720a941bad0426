// Audit policy evaluation: first match wins, Go's matching of users, groups, verbs, namespaces, resources and
// subresource wildcards, omitStages, and the coverage probes behind audit-policy-coverage.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import { auditCoverage, decide, policyProblems, type ProbeRequest } from '../../lib/rule/audit-policy.js';
import type { Resource } from '../../lib/model/types.js';

const test = suite('rule/audit-policy');

function policy(rules: string, extra = ''): Resource {
  const text = `apiVersion: audit.k8s.io/v1\nkind: Policy\n${extra}rules:\n${rules}`;
  const out = parseText(text, 'policy.yaml');
  assert.equal(out.errors, []);
  return out.resources[0];
}

/** A minimal policy that meets the benchmark. */
const GOOD = [
  '- level: Metadata',
  '  resources:',
  '  - group: ""',
  '    resources: ["secrets", "configmaps"]',
  '  - group: authentication.k8s.io',
  '    resources: ["tokenreviews"]',
  '- level: RequestResponse',
  '  resources:',
  '  - group: ""',
  '    resources: ["pods/exec", "pods/attach", "pods/portforward", "pods/proxy", "services/proxy"]',
  '- level: Request',
  '  verbs: ["create", "update", "patch", "delete"]',
  '  resources:',
  '  - group: rbac.authorization.k8s.io',
  '- level: Metadata',
  '',
].join('\n');

const user = { user: 'alice', groups: ['system:authenticated'] };
const req = (r: Partial<ProbeRequest>): ProbeRequest => ({ ...user, verb: 'get', ...r });

test('first matching rule decides; no match is None', () => {
  const p = policy(GOOD);
  assert.equal(decide(p, req({ group: '', resource: 'secrets', namespace: 'a' })), { level: 'Metadata', rule: 0, suppressed: false });
  assert.equal(decide(p, req({ group: '', resource: 'pods', subresource: 'exec', namespace: 'a', verb: 'create' })).rule, 1);
  assert.equal(decide(p, req({ group: 'rbac.authorization.k8s.io', resource: 'roles', namespace: 'a', verb: 'get' })).rule, 3);
  assert.equal(decide(p, req({ group: 'rbac.authorization.k8s.io', resource: 'roles', namespace: 'a', verb: 'patch' })).rule, 2);
  assert.equal(decide(policy('- level: None\n  users: [bob]\n'), req({ group: '', resource: 'pods' })), { level: 'None', suppressed: false });
});

test('users, userGroups, namespaces ("" for cluster-scoped) and nonResourceURLs', () => {
  const p = policy([
    '- level: None', '  users: ["system:kube-proxy"]',
    '- level: None', '  userGroups: ["system:nodes"]',
    '- level: Request', '  namespaces: [""]', '  resources: [{group: "", resources: ["nodes"]}]',
    '- level: None', '  nonResourceURLs: ["/healthz*", "/version"]',
    '- level: Metadata', '',
  ].join('\n'));
  assert.is(decide(p, { ...req({ group: '', resource: 'endpoints', namespace: 'a' }), user: 'system:kube-proxy' }).level, 'None');
  assert.is(decide(p, { ...req({ group: '', resource: 'pods', namespace: 'a' }), groups: ['system:nodes'] }).level, 'None');
  assert.is(decide(p, req({ group: '', resource: 'nodes', namespace: '' })).level, 'Request');
  assert.is(decide(p, req({ group: '', resource: 'pods', namespace: 'x' })).level, 'Metadata');
  assert.is(decide(p, req({ path: '/healthz/ready' })).level, 'None');
  assert.is(decide(p, req({ path: '/version' })).level, 'None');
  assert.is(decide(p, req({ path: '/apis' })).level, 'Metadata');
});

test('resource wildcards: "*", "*/exec", "pods/*" and resourceNames', () => {
  const star = policy('- level: Request\n  resources: [{group: "", resources: ["*"]}]\n');
  assert.is(decide(star, req({ group: '', resource: 'secrets', namespace: 'a' })).level, 'Request');
  assert.is(decide(star, req({ group: 'apps', resource: 'deployments', namespace: 'a' })).level, 'None', 'group must match');
  const sub = policy('- level: Request\n  resources: [{group: "", resources: ["*/exec"]}]\n');
  assert.is(decide(sub, req({ group: '', resource: 'pods', subresource: 'exec', namespace: 'a' })).level, 'Request');
  assert.is(decide(sub, req({ group: '', resource: 'pods', namespace: 'a' })).level, 'None');
  const all = policy('- level: Request\n  resources: [{group: "", resources: ["pods/*"]}]\n');
  assert.is(decide(all, req({ group: '', resource: 'pods', subresource: 'log', namespace: 'a' })).level, 'Request');
  const named = policy('- level: Request\n  resources: [{group: "", resources: ["configmaps"], resourceNames: ["cfg"]}]\n');
  assert.is(decide(named, req({ group: '', resource: 'configmaps', namespace: 'a', name: 'cfg' })).level, 'Request');
  assert.is(decide(named, req({ group: '', resource: 'configmaps', namespace: 'a' })).level, 'None');
  const anyGroup = policy('- level: Request\n  resources: [{group: "apps"}]\n');
  assert.is(decide(anyGroup, req({ group: 'apps', resource: 'deployments', namespace: 'a' })).level, 'Request');
});

test('omitStages covering RequestReceived and ResponseComplete suppress the event (rule or policy level)', () => {
  const rule = policy('- level: Metadata\n  omitStages: [RequestReceived, ResponseComplete]\n');
  assert.ok(decide(rule, req({ group: '', resource: 'pods', namespace: 'a' })).suppressed);
  const top = policy('- level: Metadata\n  omitStages: [ResponseComplete]\n', 'omitStages: [RequestReceived]\n');
  assert.ok(decide(top, req({ group: '', resource: 'pods', namespace: 'a' })).suppressed);
  const one = policy('- level: Metadata\n', 'omitStages: [RequestReceived]\n');
  assert.not.ok(decide(one, req({ group: '', resource: 'pods', namespace: 'a' })).suppressed);
});

test('the minimal good policy covers every concern', () => {
  assert.equal(auditCoverage(policy(GOOD)), []);
  assert.equal(policyProblems(policy(GOOD)), []);
});

test('secrets at RequestResponse are over-logged, pointing at that rule', () => {
  const p = policy(['- level: RequestResponse', '  resources: [{group: "", resources: ["secrets"]}]', GOOD].join('\n'));
  const f = auditCoverage(p);
  assert.equal(f.map((x) => [x.concern.id, x.problem]), [['secrets', 'over-logged']]);
  assert.is(f[0].message, 'secrets are logged at RequestResponse by rules[0], which records request and response bodies; log them at Metadata');
  assert.equal([f[0].loc.line, f[0].loc.column], [4, 10]);
});

test('over-logging for one named user or group is found too', () => {
  const p = policy(['- level: Request', '  userGroups: ["admins"]', '  resources: [{group: "", resources: ["configmaps"]}]', GOOD].join('\n'));
  const f = auditCoverage(p);
  assert.equal(f.map((x) => x.message), ['configmaps are logged at Request by rules[0] for group "admins", which records request bodies; log them at Metadata']);
});

test('a policy without a catch-all leaves other requests unlogged', () => {
  const noCatchAll = GOOD.replace(/- level: Metadata\n$/, '');
  const f = auditCoverage(policy(noCatchAll));
  assert.equal(f.map((x) => x.concern.id), ['workload-changes', 'catch-all']);
  assert.match(f[1].message, /^there is no catch-all rule at Metadata or above: no rule matches/);
});

test('level None for secrets (or for kube-system) is under-logging; None for a named system user is fine', () => {
  const none = policy(['- level: None', '  resources: [{group: "", resources: ["secrets"]}]', GOOD].join('\n'));
  assert.equal(auditCoverage(none).map((x) => [x.concern.id, x.problem]), [['secrets', 'not-logged']]);
  const ns = policy(['- level: None', '  namespaces: ["kube-system"]', GOOD].join('\n'));
  const f = auditCoverage(ns).find((x) => x.concern.id === 'secrets');
  assert.match(f!.message, /in namespace "kube-system"/);
  const sys = policy(['- level: None', '  users: ["system:kube-controller-manager"]', '  resources: [{group: "", resources: ["secrets"]}]', GOOD].join('\n'));
  assert.equal(auditCoverage(sys), []);
});

test('policyProblems: wrong kind, no rules, unknown level', () => {
  const cm = parseText('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\n', 'x.yaml').resources[0];
  assert.match(policyProblems(cm)[0].message, /not an audit.k8s.io Policy/);
  const empty = parseText('apiVersion: audit.k8s.io/v1\nkind: Policy\nrules: []\n', 'x.yaml').resources[0];
  assert.match(policyProblems(empty)[0].message, /no rules/);
  assert.match(policyProblems(policy('- level: metadata\n'))[0].message, /level "metadata"/);
});

test.run();
