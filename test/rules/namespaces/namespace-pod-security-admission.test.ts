import * as assert from 'uvu/assert';
import * as path from 'node:path';
import rule from '../../../rules/namespaces/namespace-pod-security-admission.js';
import { evaluateRule, makeContext } from '../../../lib/engine/run.js';
import { parseText } from '../../../lib/model/parse.js';
import type { ConfigFile, NodeFacts, Snapshot } from '../../../lib/model/types.js';
import { fixtureCasesSuite, fixturesDir, type RuleFixtureCase } from '../../helpers/check-rule.js';

const dir = fixturesDir(rule, 'namespaces');
/** `says`: substrings the messages must contain, in target order (the evidence a reader needs). */
const cases: RuleFixtureCase[] = [
  { fixture: 'pass-restricted-label.yaml', want: [{ name: 'shop', status: 'pass' }], says: ['enforce is "restricted"'] },
  { fixture: 'pass-baseline-label.yaml', want: [{ name: 'shop', status: 'pass' }] },
  {
    fixture: 'fail-privileged-label.yaml',
    want: [{ name: 'shop', status: 'fail', line: 8, column: 41 }],
    says: ['enforce is "privileged", which admits any pod'],
  },
  { fixture: 'fail-no-labels.yaml', want: [{ name: 'shop', status: 'fail', line: 4, column: 1 }] },
  {
    fixture: 'fail-warn-only.yaml',
    want: [{ name: 'shop', status: 'fail', line: 6, column: 3 }],
    says: ['only warn and audit, which do not block pods'],
  },
  { fixture: 'fail-invalid-level.yaml', want: [{ name: 'shop', status: 'fail', line: 7, column: 41 }], says: ['"strict", which is not a Pod Security level'] },
  {
    fixture: 'manual-namespace-without-object.yaml',
    want: [{ name: 'shop', status: 'manual', line: 2, column: 1 }],
    says: ['no Namespace object in the input'],
  },
  {
    fixture: 'pass-gatekeeper-constraint-template.yaml',
    want: [
      { name: 'api', status: 'pass' },
      { name: 'shop', status: 'pass' },
    ],
    says: ['Gatekeeper ConstraintTemplate "k8spspprivilegedcontainer"', 'Gatekeeper ConstraintTemplate'],
  },
  {
    fixture: 'pass-gatekeeper-deployment.yaml',
    want: [
      { name: 'gatekeeper-system', status: 'pass' },
      { name: 'shop', status: 'pass' },
    ],
  },
  { fixture: 'pass-kyverno-cluster-policy.yaml', want: [{ name: 'shop', status: 'pass' }], says: ['Kyverno ClusterPolicy "disallow-privileged" in Enforce mode'] },
  { fixture: 'pass-kyverno-rule-failure-action.yaml', want: [{ name: 'shop', status: 'pass' }], says: ['ClusterPolicy "host-namespaces"'] },
  { fixture: 'pass-kyverno-namespaced-policy.yaml', want: [{ name: 'shop', status: 'pass' }], says: ['Kyverno Policy "restrict-pods"'] },
  {
    fixture: 'fail-kyverno-policy-other-namespace.yaml',
    want: [
      { name: 'shop', status: 'pass' },
      { name: 'web', status: 'fail', line: 21, column: 1 },
    ],
  },
  {
    fixture: 'pass-kyverno-deployment.yaml',
    want: [
      { name: 'kyverno', status: 'pass' },
      { name: 'shop', status: 'pass' },
    ],
    says: ['Kyverno Deployment "kyverno", whose policies are not in the input'],
  },
  {
    fixture: 'fail-kyverno-audit-only.yaml',
    want: [
      { name: 'kyverno', status: 'manual', line: 2, column: 1 },
      { name: 'shop', status: 'fail', line: 25, column: 1 },
    ],
    says: ['label cannot be seen', 'ClusterPolicy "disallow-privileged" only audit'],
  },
  {
    fixture: 'pass-admission-config-default.yaml',
    want: [{ name: 'shop', status: 'pass' }],
    says: ['the AdmissionConfiguration enforces "baseline" by default'],
  },
  { fixture: 'fail-admission-config-opt-out.yaml', want: [{ name: 'legacy', status: 'fail', line: 20, column: 49 }] },
  {
    fixture: 'fail-admission-config-exemption.yaml',
    want: [{ name: 'tools', status: 'fail', line: 14, column: 13 }],
    says: ['exempted from PodSecurity admission'],
  },
  {
    fixture: 'manual-admission-config-namespace-without-object.yaml',
    want: [{ name: 'api', status: 'manual', line: 16, column: 1 }],
    says: ['enforces "baseline" unless the namespace opts out'],
  },
  {
    fixture: 'fail-pod-security-config-privileged-default.yaml',
    want: [{ name: 'shop', status: 'fail', line: 11, column: 3 }],
    says: ['the PodSecurityConfiguration defaults to "privileged"'],
  },
  {
    fixture: 'not-applicable-system-namespaces.yaml',
    want: [
      { name: 'kube-node-lease', status: 'not-applicable' },
      { name: 'kube-public', status: 'pass' },
      { name: 'kube-system', status: 'not-applicable' },
    ],
  },
];

const test = fixtureCasesSuite('namespace-pod-security-admission', rule, dir, cases);

// Node evidence (API server flags, its admission config file) comes from bundles; build that part of the snapshot by hand.
const NAMESPACE = 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels: { pod-security.kubernetes.io/enforce: restricted }\n';
const PSA_CONFIG = 'apiVersion: pod-security.admission.config.k8s.io/v1\nkind: PodSecurityConfiguration\ndefaults:\n  enforce: restricted\n';

function nodeSnapshot(namespaceYaml: string, node: Partial<NodeFacts>): Snapshot {
  const { resources } = parseText(namespaceYaml, 'namespaces.yaml');
  const facts: NodeFacts = { name: 'cp-1', roles: ['control-plane'], evidence: 'node-bundle', components: {}, configFiles: new Map(), files: new Map(), ...node };
  return { resources, nodes: [facts], bundles: [], errors: [] };
}

function run(s: Snapshot) {
  return evaluateRule(rule, makeContext(s, 'cis-1.12')).map((e) => ({ name: e.resultTarget.name, status: e.verdict.status, message: e.verdict.message, line: e.verdict.loc?.line }));
}

test('the API server disabling PodSecurity voids the labels', () => {
  const loc = { file: 'cp-1.tgz!proc/kube-apiserver.cmdline', line: 1, column: 40 };
  const s = nodeSnapshot(NAMESPACE, {
    components: { apiserver: { name: 'apiserver', source: 'process', flags: [{ name: 'disable-admission-plugins', value: 'PodSecurity', loc }] } },
  });
  const [v] = run(s);
  assert.is(v.status, 'fail');
  assert.is(v.line, 1);
  assert.ok(v.message.includes('node "cp-1" disables the PodSecurity admission plugin'), v.message);
});

test('a PodSecurityConfiguration collected from a node sets the default', () => {
  const { resources } = parseText(PSA_CONFIG, 'cp-1.tgz!etc/kubernetes/psa.yaml');
  const file: ConfigFile = { path: '/etc/kubernetes/psa.yaml', doc: resources[0], loc: resources[0].loc };
  const s = nodeSnapshot('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n', { configFiles: new Map([[file.path, file]]) });
  const [v] = run(s);
  assert.is(v.status, 'pass');
  assert.ok(v.message.includes('the PodSecurityConfiguration enforces "restricted" by default'), v.message);
});

test.run();
