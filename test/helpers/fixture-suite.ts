// Table-driven tests of rules whose fixtures are manifest files (cluster- and resource-scoped rules): each case
// names a fixture, the verdicts it must yield (with line and column for anything that is not a pass) and a part of
// the first verdict's message; a last test checks that every fixture file has a case.
import { readdirSync } from 'node:fs';
import * as path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import type { Rule } from '../../lib/rule/types.js';
import { checkRule, evaluateFixture, fixturesDir, type CheckOptions, type Simple } from './check-rule.js';

export interface FixtureCase {
  readonly fixture: string;
  readonly want: readonly Simple[];
  /** A substring of the first verdict's message. */
  readonly has: string;
  readonly options?: CheckOptions;
}

export function fixtureRuleSuite(rule: Rule, family: string, cases: readonly FixtureCase[]): void {
  const dir = fixturesDir(rule, family);
  const test = suite(rule.id);
  for (const c of cases) {
    test(c.fixture, async () => {
      const file = path.join(dir, c.fixture);
      assert.equal(await checkRule(rule, file, c.options), c.want);
      const [first] = await evaluateFixture(rule, file, c.options);
      assert.ok(first.verdict.message.includes(c.has), `message ${JSON.stringify(first.verdict.message)} lacks ${JSON.stringify(c.has)}`);
    });
  }
  test('every fixture file has a case, with pass- and fail- fixtures among them', () => {
    const files = readdirSync(dir).sort();
    assert.equal(files, [...new Set(cases.map((c) => c.fixture))].sort());
    assert.ok(files.some((f) => f.startsWith('pass-')) && files.some((f) => f.startsWith('fail-')), 'needs pass- and fail- fixtures');
  });
  test.run();
}
