// The openshift rule family: a sorted literal map whose keys are the rule ids and file names, exactly the ocp-* ids
// the benchmarks name, each registered in rules/index.ts with its test and fixtures.
import { existsSync, readdirSync } from 'node:fs';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { listBenchmarks } from '../../../lib/benchmarks.js';
import { rules } from '../../../rules/index.js';
import { openshiftRules } from '../../../rules/openshift/index.js';
import { fromRoot } from '../../helpers/paths.js';

const test = suite('openshift rule family');
const ids = Object.keys(openshiftRules);

test('keys are sorted and equal each rule id, and each rule is registered', () => {
  assert.equal(ids, [...ids].sort());
  for (const id of ids) {
    assert.is(openshiftRules[id].id, id);
    assert.is(rules[id], openshiftRules[id], `${id} is in rules/index.ts`);
  }
});

test('the family holds exactly the ocp-* ids the benchmarks name', () => {
  const named = [...new Set(listBenchmarks().flatMap((b) => b.recommendations.flatMap((r) => r.rules)).filter((r) => r.startsWith('ocp-')))].sort();
  assert.equal(ids, named);
});

test('every rule has its file, its test and fixtures with pass- and fail- cases', () => {
  for (const id of ids) {
    assert.ok(existsSync(fromRoot('rules', 'openshift', `${id}.ts`)), `rules/openshift/${id}.ts`);
    assert.ok(existsSync(fromRoot('test', 'rules', 'openshift', `${id}.test.ts`)), `test/rules/openshift/${id}.test.ts`);
    const fixtures = readdirSync(fromRoot('rules', 'openshift', `${id}.fixtures`));
    assert.ok(fixtures.some((f) => f.startsWith('pass-')) && fixtures.some((f) => f.startsWith('fail-')), `${id} fixtures`);
  }
});

test.run();
