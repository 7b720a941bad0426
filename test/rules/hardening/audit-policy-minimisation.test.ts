// audit-policy-minimisation: audit levels per sensitive request group, compared with those of the baseline report.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import rule from '../../../rules/hardening/audit-policy-minimisation.js';
import { api, snapshotOfFacts, type NodeSpec } from '../../helpers/node-facts.js';
import { evaluateRule, makeContext } from '../../../lib/engine/run.js';
import * as path from 'node:path';
import { evaluateFixture, fixturesDir } from '../../helpers/check-rule.js';

const FLAG = '--audit-policy-file=/etc/kubernetes/audit-policy.yaml';
const FULL = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: Metadata
  resources:
  - group: ""
    resources: ["secrets", "configmaps"]
- level: RequestResponse
  resources:
  - group: rbac.authorization.k8s.io
- level: Metadata
`;
// Secrets dropped (None) and RBAC changes lowered to the catch-all's Metadata.
const WEAKER = `apiVersion: audit.k8s.io/v1
kind: Policy
rules:
- level: None
  resources:
  - group: ""
    resources: ["secrets"]
- level: Metadata
`;
const FULL_LEVELS = 'audit levels: secrets=Metadata, configmaps=Metadata, tokenreviews=Metadata, pod-access=Metadata, workload-changes=Metadata, rbac-changes=RequestResponse, catch-all=Metadata';

const node = (policy: string): NodeSpec => api([FLAG], { files: { '/etc/kubernetes/audit-policy.yaml': policy } });
const baselineOf = (message: string, name = 'cp-1') => ({ results: [{ ruleId: 'audit-policy-minimisation', status: 'manual', target: { kind: 'Node', name, node: name }, message }] });
function judge(spec: NodeSpec, options: Record<string, unknown> = {}) {
  const [ev] = evaluateRule(rule, makeContext(snapshotOfFacts({ nodes: [spec] }), 'kubecis-hardening', undefined, options));
  return ev.verdict;
}

const test = suite('audit-policy-minimisation');
test('without a baseline the levels are reported for the next scan to compare', () => {
  const v = judge(node(FULL));
  assert.equal([v.status, v.message], ['manual', `no baseline to compare with (--baseline); ${FULL_LEVELS}`]);
});
test('same levels as the baseline: pass', () => {
  const v = judge(node(FULL), { baseline: baselineOf(`no baseline to compare with (--baseline); ${FULL_LEVELS}`) });
  assert.equal([v.status, v.message], ['pass', `no audit level went down since the baseline; ${FULL_LEVELS}`]);
});
test('a dropped resource and a lowered level fail, at the rule that now decides', () => {
  const v = judge(node(WEAKER), { baseline: baselineOf(`no audit level went down since the baseline; ${FULL_LEVELS}`) });
  assert.is(v.status, 'fail');
  assert.match(v.message, /^since the baseline secrets is no longer logged, rbac-changes went from RequestResponse to Metadata; audit levels: secrets=None/);
  assert.equal([v.loc?.line, v.loc?.column], [4, 10]);
  assert.match(v.loc!.file, /audit-policy.yaml/);
});
test('raising levels is not a finding', () => {
  const weakerLevels = judge(node(WEAKER)).message.replace(/^.*; (audit levels: .*)$/, '$1');
  assert.is(judge(node(FULL), { baseline: baselineOf(weakerLevels) }).status, 'pass');
});
test('a baseline without this node, or without the rule, is manual', () => {
  assert.is(judge(node(FULL), { baseline: baselineOf(FULL_LEVELS, 'cp-2') }).status, 'manual');
  assert.is(judge(node(FULL), { baseline: { results: [] } }).status, 'manual');
});
test('no audit policy: not applicable; policy file missing from the bundle: error', () => {
  assert.is(judge(api([])).status, 'not-applicable');
  assert.is(judge(api([FLAG])).status, 'error');
});
test.run();

// End to end over mini bundles: the first scan's message is the second scan's baseline.
const fixtures = suite('audit-policy-minimisation fixtures');
const dir = fixturesDir(rule, 'hardening');
fixtures('pass-full-policy then fail-secrets-dropped, compared through the baseline', async () => {
  const [first] = await evaluateFixture(rule, path.join(dir, 'pass-full-policy'));
  assert.is(first.verdict.status, 'manual');
  const baseline = { results: [{ ruleId: rule.id, status: first.verdict.status, target: first.resultTarget, message: first.verdict.message }] };
  const [same] = await evaluateFixture(rule, path.join(dir, 'pass-full-policy'), { options: { baseline } });
  assert.is(same.verdict.status, 'pass');
  const [worse] = await evaluateFixture(rule, path.join(dir, 'fail-secrets-dropped'), { options: { baseline } });
  assert.is(worse.verdict.status, 'fail');
  assert.match(worse.verdict.loc!.file, /!files\/etc\/kubernetes\/audit\/policy\.yaml$/);
  assert.equal([worse.verdict.loc!.line, worse.verdict.loc!.column], [6, 10]);
  assert.match(worse.verdict.message, /^since the baseline secrets is no longer logged, rbac-changes went from RequestResponse to Metadata;/);
});
fixtures.run();
