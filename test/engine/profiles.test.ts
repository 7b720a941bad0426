// runScan with profiles: one report holding the benchmark's and the profile's controls, section titles of both,
// results sorted once (benchmark numbers before letter-prefixed profile ids), and a profile given twice run once.
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { runScan } from '../../lib/engine/run.js';
import { compareControlIds } from '../../lib/engine/control-id.js';
import type { Benchmark } from '../../lib/engine/benchmark.js';
import { parseText } from '../../lib/model/parse.js';
import { deepFreeze } from '../../lib/model/parse.js';
import { rules } from '../../rules/index.js';

const bench: Benchmark = {
  id: 'cis-9.9', title: 'Bench', version: '9.9.0', provider: 'generic',
  sections: [{ id: '5.2', title: 'Pod security' }],
  recommendations: [{ id: '5.2.2', section: '5.2', assessment: 'manual', rules: ['pod-privileged-containers'] }],
};
const profile: Benchmark = {
  id: 'kubecis-test', title: 'Profile', version: '1.0.0', provider: 'kubecis',
  sections: [{ id: 'H1', title: 'Images' }, { id: 'H10', title: 'Later' }],
  recommendations: [
    { id: 'H1.1', section: 'H1', assessment: 'automated', rules: ['image-tag-mutable'] },
    { id: 'H10.1', section: 'H10', assessment: 'automated', rules: ['pod-privileged-containers'] },
  ],
};
const snapshot = deepFreeze({
  resources: parseText('apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: c, image: nginx, securityContext: {privileged: true}}]\n', 'p.yaml').resources,
  nodes: [], bundles: [], errors: [],
});

const test = suite('engine/profiles');
test('benchmark and profile controls in one report, sorted once', () => {
  const r = runScan({ snapshot, benchmark: bench, profiles: [profile, profile, bench], rules, toolVersion: '0', inputs: ['p.yaml'] });
  assert.equal(r.benchmark.profiles, [{ id: 'kubecis-test', title: 'Profile' }]);
  assert.equal(r.controls.map((c) => [c.controlId, c.sectionTitle]), [['5.2.2', 'Pod security'], ['H1.1', 'Images'], ['H10.1', 'Later']]);
  assert.equal(r.results.map((x) => [x.controlId, x.ruleId, x.status]), [
    ['5.2.2', 'pod-privileged-containers', 'fail'],
    ['H1.1', 'image-tag-mutable', 'fail'],
    ['H10.1', 'pod-privileged-containers', 'fail'],
  ]);
  assert.equal(r.summary.fail, 3);
});
test('letter-prefixed ids compare by their numbers: H2 before H10, after every benchmark number', () => {
  const ids = ['H10.1', '5.2.2', 'H2.1', 'H1.10', 'H1.2', '1.1.1'];
  assert.equal([...ids].sort(compareControlIds), ['1.1.1', '5.2.2', 'H1.2', 'H1.10', 'H2.1', 'H10.1']);
});
test('without profiles the report has no profiles field', () => {
  const r = runScan({ snapshot, benchmark: bench, rules, toolVersion: '0', inputs: [] });
  assert.is(r.benchmark.profiles, undefined);
  assert.equal(r.controls.map((c) => c.controlId), ['5.2.2']);
});
test.run();
