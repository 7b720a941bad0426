// Table-driven tests of cluster-level rules (the managed-service settings): each case names a fixture (a manifest
// file or a mini bundle folder) and the one verdict it must yield, with substrings its message must contain.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Rule } from '../../lib/rule/types.js';
import { evaluateFixture, fixturesDir } from './check-rule.js';
import { fixtureInputs } from './node-rule.js';
import { loadSnapshot } from '../../lib/load/index.js';
import { evaluateRule, makeContext } from '../../lib/engine/run.js';

export interface ClusterCase {
  readonly fixture: string;
  readonly status: 'pass' | 'fail' | 'manual' | 'not-applicable' | 'error';
  /** `line:column` of the verdict's location inside the fixture (or `member:line:column` in a bundle), when it has one. */
  readonly at?: string;
  /** Substrings the message must contain. */
  readonly says: readonly string[];
  /** Substrings the message must not contain. */
  readonly not?: readonly string[];
}

async function verdictOf(rule: Rule, fixture: string) {
  if (fixture.endsWith('.yaml') || fixture.endsWith('.yml') || fixture.endsWith('.json')) {
    const evaluated = await evaluateFixture(rule, fixture);
    assert.is(evaluated.length, 1, 'a cluster-level rule gives one verdict');
    return evaluated[0].verdict;
  }
  const snapshot = await loadSnapshot(fixtureInputs(fixture));
  assert.equal(snapshot.errors, [], `fixture ${path.basename(fixture)} must load without errors`);
  const ctx = makeContext(snapshot, 'cis-1.12');
  const first = evaluateRule(rule, ctx);
  assert.equal(JSON.stringify(first.map((e) => e.verdict)), JSON.stringify(evaluateRule(rule, ctx).map((e) => e.verdict)), 'two runs must give identical verdicts');
  assert.is(first.length, 1, 'a cluster-level rule gives one verdict');
  const v = first[0].verdict;
  assert.ok(!v.message.endsWith('.'), 'one sentence without a trailing period');
  if (v.status === 'fail') assert.ok(v.loc, 'a failure carries a location');
  return v;
}

export function clusterRuleSuite(rule: Rule, family: string, cases: readonly ClusterCase[]): void {
  const dir = fixturesDir(rule, family);
  const test = suite(rule.id);
  for (const c of cases) {
    test(c.fixture, async () => {
      const v = await verdictOf(rule, path.join(dir, c.fixture));
      assert.is(v.status, c.status, v.message);
      if (c.at !== undefined) {
        const file = v.loc ? v.loc.file.slice(v.loc.file.indexOf('!') + 1) : '';
        const at = v.loc ? `${file.includes('cluster/resources/') ? `${file.slice(file.indexOf('cluster/'))}:` : ''}${v.loc.line}:${v.loc.column}` : 'none';
        assert.is(at, c.at, v.message);
      }
      for (const s of c.says) assert.ok(v.message.includes(s), `message "${v.message}" should contain "${s}"`);
      for (const s of c.not ?? []) assert.not.ok(v.message.includes(s), `message "${v.message}" should not contain "${s}"`);
    });
  }
  test('every fixture is used', () => {
    assert.equal(readdirSync(dir).sort(), [...new Set(cases.map((c) => c.fixture))].sort());
  });
  test.run();
}
