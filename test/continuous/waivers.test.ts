// Waivers: the file format (schema errors name the line), selectors and globs, expiry, stale waivers, annotations.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { annotationWaivers, applyWaivers, type Waiver } from '../../lib/engine/waivers.js';
import { parseWaivers } from '../../lib/load/waivers.js';
import { parseText } from '../../lib/model/parse.js';
import { R, report, deployment } from './support.js';

const test = suite('continuous/waivers');

const W = (w: Partial<Waiver>): Waiver => ({ reason: 'accepted', owner: 'team', expires: '2030-01-01', source: 'w.yaml:1', ...w });

const results = [
  R({ controlId: '5.2.2', ruleId: 'pod-privileged-containers', status: 'fail', name: 'agent', target: { kind: 'DaemonSet', namespace: 'kube-system', name: 'cilium-agent' } }),
  R({ controlId: '5.2.2', ruleId: 'pod-privileged-containers', status: 'fail', name: 'web', target: { kind: 'Deployment', namespace: 'shop', name: 'web' } }),
  R({ controlId: '5.2.2', ruleId: 'pod-privileged-containers', status: 'pass', target: { kind: 'Deployment', namespace: 'shop', name: 'api' } }),
  R({ controlId: '4.2.1', ruleId: 'kubelet-anonymous-auth', status: 'fail', target: { kind: 'Node', name: 'worker-1', node: 'worker-1', cluster: 'prod' } }),
  R({ controlId: '5.6.4', ruleId: 'namespace-default-used', status: 'manual', target: { kind: 'Namespace', name: 'default' } }),
  R({ controlId: '1.2.1', ruleId: 'apiserver-anonymous-auth', status: 'error', target: { kind: 'Node', name: 'cp-1', node: 'cp-1' } }),
];

const waived = (ws: Waiver[], today = '2026-06-01') => {
  const out = applyWaivers(report(results, { cluster: 'prod' }), { waivers: ws, today });
  return { out, names: out.results.filter((r) => r.status === 'waived').map((r) => r.target.name) };
};

const cases: [string, Waiver[], string[]][] = [
  ['control alone waives every failing target of it', [W({ control: '5.2.2' })], ['cilium-agent', 'web']],
  ['rule id works like the control', [W({ rule: 'pod-privileged-containers' })], ['cilium-agent', 'web']],
  ['namespace glob', [W({ control: '5.2.2', namespace: 'kube-*' })], ['cilium-agent']],
  ['kind and name glob', [W({ control: '5.2.2', kind: 'DaemonSet', name: 'cilium-*' })], ['cilium-agent']],
  ['name glob that matches nothing', [W({ control: '5.2.2', name: 'calico-*' })], []],
  ['brace glob', [W({ control: '5.2.2', name: '{web,db}' })], ['web']],
  ['node selector', [W({ control: '4.2.1', node: 'worker-*' })], ['worker-1']],
  ['cluster selector uses the target cluster, else the scan cluster', [W({ control: '5.2.2', cluster: 'prod' }), W({ control: '4.2.1', cluster: 'staging' })], ['cilium-agent', 'web']],
  ['namespace selector on a Namespace target matches its name', [W({ control: '5.6.4', namespace: 'default' })], ['default']],
  ['an error is never waived (it could not be judged)', [W({ control: '1.2.1' })], []],
  ['other controls are untouched', [W({ control: '9.9.9' })], []],
];
for (const [name, ws, want] of cases) test(`selectors: ${name}`, () => assert.equal(waived(ws).names, want));

test('a waived result keeps its place and says why; summary counts waived separately', () => {
  const { out } = waived([W({ control: '5.2.2', namespace: 'shop', reason: 'legacy app, replaced in Q3', owner: 'shop-team', source: 'w.yaml:4' })]);
  const web = out.results.find((r) => r.target.name === 'web')!;
  assert.is(web.status, 'waived');
  assert.equal(web.waiver, { reason: 'legacy app, replaced in Q3', owner: 'shop-team', expires: '2030-01-01', source: 'w.yaml:4', status: 'fail' });
  assert.is(out.results.length, results.length);
  assert.equal(out.summary, { pass: 1, fail: 2, manual: 1, notApplicable: 0, error: 1, waived: 1 });
  assert.is(out.results.find((r) => r.target.name === 'default')?.status, 'manual');
});

test('expiry: valid through its last day, expired after; expired and stale waivers are reported', () => {
  const ws = [W({ control: '5.2.2', expires: '2026-06-01', source: 'w.yaml:2' }), W({ control: '4.2.1', expires: '2026-05-31', source: 'w.yaml:7' }), W({ control: '3.2.1', source: 'w.yaml:12' })];
  const onTheDay = waived(ws, '2026-06-01');
  assert.equal(onTheDay.names, ['cilium-agent', 'web']);
  assert.equal(onTheDay.out.waivers?.expired.map((w) => [w.control, w.expires, w.source]), [['4.2.1', '2026-05-31', 'w.yaml:7']]);
  assert.equal(onTheDay.out.waivers?.stale.map((w) => [w.control, w.source]), [['3.2.1', 'w.yaml:12']]);
  const dayAfter = waived(ws, '2026-06-02');
  assert.equal(dayAfter.names, []);
  assert.equal(dayAfter.out.waivers?.expired.map((w) => w.source), ['w.yaml:2', 'w.yaml:7']);
  assert.is(dayAfter.out.summary.fail, 3);
});

test('a waiver that matches only passing results is stale', () => {
  const { out } = waived([W({ control: '5.2.2', name: 'api' })]);
  assert.equal(out.waivers?.stale.map((w) => w.name), ['api']);
});

test('annotation: waives the object it sits on for that control or rule; malformed ones are input errors with a line', () => {
  const text = [
    deployment('web', 'shop', { privileged: true, annotations: { 'kubecis.io/waive': '5.2.2: needs the GPU device plugin' } }),
    deployment('db', 'shop', { privileged: true, annotations: { 'kubecis.io/waive': 'pod-host-network: unrelated' } }),
    deployment('bad', 'shop', { annotations: { 'kubecis.io/waive': 'no reason given' } }),
  ].join('---\n');
  const parsed = parseText(text, 'app.yaml');
  const { waivers, errors } = annotationWaivers(parsed.resources);
  assert.equal(waivers.map((w) => [w.control ?? w.rule, w.target?.name, w.reason]), [['5.2.2', 'web', 'needs the GPU device plugin'], ['pod-host-network', 'db', 'unrelated']]);
  assert.match(waivers[0].source, /^app\.yaml:7 \(annotation kubecis\.io\/waive\)$/);
  assert.equal(errors.map((e) => [e.file, e.line]), [['app.yaml', 47]]);
  const rs = [
    R({ controlId: '5.2.2', ruleId: 'pod-privileged-containers', status: 'fail', target: { kind: 'Deployment', namespace: 'shop', name: 'web' } }),
    R({ controlId: '5.2.2', ruleId: 'pod-privileged-containers', status: 'fail', target: { kind: 'Deployment', namespace: 'shop', name: 'db' } }),
    R({ controlId: '5.2.2', ruleId: 'pod-privileged-containers', status: 'fail', target: { kind: 'Deployment', namespace: 'other', name: 'web' } }),
  ];
  const out = applyWaivers(report(rs), { waivers, today: '2026-01-01', errors });
  assert.equal(out.results.map((r) => [r.target.namespace, r.target.name, r.status]), [['shop', 'web', 'waived'], ['shop', 'db', 'fail'], ['other', 'web', 'fail']]);
  assert.equal(out.waivers?.stale.map((w) => [w.rule, w.name]), [['pod-host-network', 'db']]);
  assert.is(out.errors.length, 1);
});

test('file format: a valid file, with dates unquoted and positions recorded', () => {
  const text = `# accepted exceptions
waivers:
  - control: "5.2.2"
    namespace: kube-system
    name: "cilium-*"
    reason: CNI agent needs privileges
    owner: platform-team
    expires: 2026-12-31
  - rule: kubelet-anonymous-auth
    node: worker-*
    reason: kiosk nodes
    owner: edge-team
    expires: 2026-09-30
`;
  const { waivers, problems } = parseWaivers(text, 'waivers.yaml');
  assert.equal(problems, []);
  assert.equal(waivers.map((w) => [w.control ?? w.rule, w.expires, w.source]), [['5.2.2', '2026-12-31', 'waivers.yaml:3'], ['kubelet-anonymous-auth', '2026-09-30', 'waivers.yaml:9']]);
});

const bad: [string, string, [number | undefined, RegExp][]][] = [
  ['unknown field and bad date', `waivers:\n  - control: "5.2.2"\n    reason: r\n    owner: o\n    expires: 2026-02-30\n    namespce: x\n`, [[5, /"waivers\[0\]\.expires" must be a date written YYYY-MM-DD/], [6, /"waivers\[0\]\.namespce" is not a known field/]]],
  ['neither control nor rule', `waivers:\n  - reason: r\n    owner: o\n    expires: 2026-01-01\n  - control: "1.1"\n    reason: r\n    owner: o\n`, [[2, /"waivers\[0\]" needs "control" .* or "rule"/], [5, /"waivers\[1\]\.expires" is required/]]],
  ['control written as a number', `waivers:\n  - control: 5.2\n    reason: r\n    owner: o\n    expires: 2026-01-01\n`, [[2, /"waivers\[0\]\.control" must be a string/]]],
  ['bad rule id and empty reason', `waivers:\n  - rule: Pod_Privileged\n    reason: ""\n    owner: o\n    expires: 2026-01-01\n`, [[2, /must be a rule id/], [3, /"waivers\[0\]\.reason" must not be empty/]]],
  ['not a list', `waivers:\n  control: "5.2.2"\n`, [[2, /"waivers" must be a list/]]],
  ['broken YAML', `waivers:\n  - control: "5.2.2"\n    reason: [unclosed\n`, [[undefined, /not valid YAML/]]],
  ['empty file', ``, [[1, /empty/]]],
];
for (const [name, text, want] of bad) {
  test(`file format errors name the line: ${name}`, () => {
    const { waivers, problems } = parseWaivers(text, 'w.yaml');
    assert.equal(waivers, [], 'a file with problems yields no waivers');
    assert.is(problems.length, want.length, JSON.stringify(problems));
    want.forEach(([line, re], i) => {
      if (line !== undefined) assert.is(problems[i].line, line, problems[i].message);
      else assert.ok(problems[i].line !== undefined);
      assert.match(problems[i].message, re);
    });
  });
}

test('.kubecis.yaml: only the waivers key is read; other project settings are left alone', () => {
  assert.equal(parseWaivers('registries: [registry.example]\n', '.kubecis.yaml', { projectConfig: true }), { waivers: [], problems: [] });
  const r = parseWaivers('registries: [x]\nwaivers:\n  - control: "1.1"\n    reason: r\n    owner: o\n    expires: 2026-01-01\n', '.kubecis.yaml', { projectConfig: true });
  assert.equal(r.waivers.map((w) => w.source), ['.kubecis.yaml:3']);
  assert.is(parseWaivers('registries: [x]\n', 'w.yaml').problems[0].line, 1);
});

test.run();
