import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { parseText } from '../../lib/model/parse.js';
import { allowAllRule, directionCoverage, isEmptySelector, policyDirections, selectorMatches } from '../../lib/rule/network-policy.js';

const labels = { app: 'web', tier: 'frontend' };

const selectorCases: { name: string; selector: unknown; want: boolean }[] = [
  { name: 'absent selector matches everything', selector: undefined, want: true },
  { name: 'empty selector matches everything', selector: {}, want: true },
  { name: 'matchLabels subset', selector: { matchLabels: { app: 'web' } }, want: true },
  { name: 'matchLabels mismatch', selector: { matchLabels: { app: 'api' } }, want: false },
  { name: 'matchLabels key missing', selector: { matchLabels: { team: 'a' } }, want: false },
  { name: 'In', selector: { matchExpressions: [{ key: 'app', operator: 'In', values: ['api', 'web'] }] }, want: true },
  { name: 'In with missing key', selector: { matchExpressions: [{ key: 'team', operator: 'In', values: ['a'] }] }, want: false },
  { name: 'NotIn with missing key matches', selector: { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['a'] }] }, want: true },
  { name: 'NotIn excluded value', selector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] }, want: false },
  { name: 'Exists', selector: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, want: true },
  { name: 'DoesNotExist', selector: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] }, want: false },
  { name: 'labels and expressions are ANDed', selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['backend'] }] }, want: false },
  { name: 'unknown operator matches nothing', selector: { matchExpressions: [{ key: 'app', operator: 'Like', values: ['w'] }] }, want: false },
  { name: 'malformed selector matches nothing', selector: 'app=web', want: false },
];

const test = suite('network-policy');
for (const c of selectorCases) test(`selector: ${c.name}`, () => assert.is(selectorMatches(c.selector, labels), c.want));

test('isEmptySelector', () => {
  assert.ok(isEmptySelector({}));
  assert.ok(isEmptySelector(null));
  assert.ok(isEmptySelector({ matchLabels: {}, matchExpressions: [] }));
  assert.not.ok(isEmptySelector({ matchLabels: { app: 'web' } }));
});

function policy(spec: string) {
  const text = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: { name: p, namespace: ns }\nspec:\n${spec}`;
  const [r] = parseText(text, 'p.yaml').resources;
  return r;
}

const directionCases = [
  { name: 'no policyTypes, no egress: ingress only', spec: '  podSelector: {}\n', want: ['ingress'] },
  { name: 'no policyTypes, egress rules: both', spec: '  podSelector: {}\n  egress: [{ to: [{ podSelector: {} }] }]\n', want: ['ingress', 'egress'] },
  { name: 'no policyTypes, empty egress list: ingress only', spec: '  podSelector: {}\n  egress: []\n', want: ['ingress'] },
  { name: 'policyTypes Egress only', spec: '  podSelector: {}\n  policyTypes: [Egress]\n', want: ['egress'] },
];
for (const c of directionCases) test(`directions: ${c.name}`, () => assert.equal([...policyDirections(policy(c.spec))], c.want));

test('allowAllRule finds an empty rule and ignores restricted ones', () => {
  const open = policy('  podSelector: {}\n  ingress:\n    - from: [{ podSelector: {} }]\n    - {}\n');
  assert.equal(allowAllRule(open, 'ingress')?.path, ['spec', 'ingress', 1]);
  assert.is(allowAllRule(open, 'egress'), undefined);
  const ports = policy('  podSelector: {}\n  egress:\n    - ports: [{ port: 53, protocol: UDP }]\n');
  assert.is(allowAllRule(ports, 'egress'), undefined);
});
function pod(name: string, app: string) {
  const text = `apiVersion: v1\nkind: Pod\nmetadata: { name: ${name}, namespace: ns, labels: { app: ${app} } }\nspec: { containers: [{ name: c, image: x }] }\n`;
  return parseText(text, `${name}.yaml`).resources[0];
}
const labelsOfPod = (r: ReturnType<typeof pod>) => (r.obj.metadata as { labels: Record<string, string> }).labels;

test('directionCoverage: uncovered pods, allow-all rules, no policy for a direction', () => {
  const web = pod('web', 'web');
  const worker = pod('worker', 'worker');
  const selective = policy('  podSelector: { matchLabels: { app: web } }\n  ingress:\n    - {}\n');
  const ingress = directionCoverage([selective], [web, worker], 'ingress', labelsOfPod);
  assert.equal(ingress.uncovered.map((r) => r.name), ['worker']);
  assert.equal(ingress.openedBy.map((o) => o.rule.path), [['spec', 'ingress', 0]]);
  assert.is(ingress.unrestricted, false);
  assert.is(directionCoverage([selective], [web, worker], 'egress', labelsOfPod).unrestricted, true);
});

test('directionCoverage without pods: only an empty podSelector decides', () => {
  const selective = policy('  podSelector: { matchLabels: { app: web } }\n');
  const all = policy('  podSelector: {}\n');
  assert.is(directionCoverage([selective], [], 'ingress', labelsOfPod).undetermined, true);
  assert.is(directionCoverage([selective, all], [], 'ingress', labelsOfPod).undetermined, false);
});
test.run();
