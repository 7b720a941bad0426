// checkRule: run one rule over a fixture the way the engine does, assert the invariants every rule must keep,
// and return simplified verdicts for table-driven tests.
import * as path from 'node:path';
import { suite, type Test } from 'uvu';
import * as assert from 'uvu/assert';
import { loadSnapshot } from '../../lib/load/index.js';
import { evaluateRule, makeContext, type Evaluated } from '../../lib/engine/run.js';
import type { Rule } from '../../lib/rule/types.js';
import type { Snapshot } from '../../lib/model/types.js';
import { repoRoot } from './paths.js';

export interface Simple {
  name: string;
  status: string;
  line?: number;
  column?: number;
}

export interface CheckOptions {
  /** Kubernetes minor version to assume when the fixture does not say. */
  kubernetesMinor?: number;
  benchmarkId?: string;
  options?: Record<string, unknown>;
}

/** Folder of a rule's fixtures: rules/<family>/<id>.fixtures/ */
export function fixturesDir(rule: Rule, family: string): string {
  return path.join(repoRoot, 'rules', family, `${rule.id}.fixtures`);
}

export async function snapshotOf(...files: string[]): Promise<Snapshot> {
  return loadSnapshot(files);
}

/** Full evaluation of `rule` over the fixture (file or mini bundle folder), with invariants asserted. */
export async function evaluateFixture(rule: Rule, fixture: string, o: CheckOptions = {}): Promise<Evaluated[]> {
  const snapshot = await loadSnapshot([fixture]);
  assert.equal(snapshot.errors, [], `fixture ${path.basename(fixture)} must load without errors`);
  assertDeepFrozen(snapshot);
  const ctx = makeContext(snapshot, o.benchmarkId ?? 'cis-1.12', o.kubernetesMinor, o.options);
  const first = evaluateRule(rule, ctx);
  const second = evaluateRule(rule, ctx);
  assert.equal(JSON.stringify(first.map((e) => e.verdict)), JSON.stringify(second.map((e) => e.verdict)), 'two runs must give identical verdicts');
  for (const e of first) {
    assert.not.ok(/^rule ".*" (failed|returned no verdict)/.test(e.verdict.message), `rule threw: ${e.verdict.message}`);
    if (e.verdict.status === 'fail') {
      const loc = e.verdict.loc ?? (e.fallbackLoc ? { file: e.fallbackLoc.file, line: e.fallbackLoc.startLine, column: e.fallbackLoc.startColumn } : undefined);
      assert.ok(loc && loc.file && loc.line > 0 && loc.column > 0, `fail verdict for "${e.resultTarget.name}" must carry file, line and column`);
    }
    assert.ok(e.verdict.message.length > 0 && !e.verdict.message.endsWith('.'), `message must be one sentence without a trailing period: "${e.verdict.message}"`);
  }
  return first;
}

/** Simplified verdicts: target name, status, and line/column for everything that is not a pass. */
export async function checkRule(rule: Rule, fixture: string, o: CheckOptions = {}): Promise<Simple[]> {
  const evaluated = await evaluateFixture(rule, fixture, o);
  return evaluated.map((e) => {
    const s: Simple = { name: e.resultTarget.name, status: e.verdict.status };
    if (e.verdict.status !== 'pass' && e.verdict.loc) {
      s.line = e.verdict.loc.line;
      s.column = e.verdict.loc.column;
    }
    return s;
  });
}

/** One row of a rule's fixture table. */
export interface RuleFixtureCase {
  /** File (or mini bundle folder) in the rule's fixtures folder. */
  readonly fixture: string;
  /** The simplified verdicts, asserted exactly. */
  readonly want: readonly Simple[];
  /** Substrings the messages must contain, in target order: says[i] is looked for in the i-th verdict's message. */
  readonly says?: readonly string[];
  /** The exact message of the first verdict, checked in a test of its own ("message: <title>"). */
  readonly message?: string;
  readonly options?: CheckOptions;
  /** Test title when the fixture name alone does not tell the cases apart; defaults to the fixture. */
  readonly title?: string;
}

/**
 * The uvu suite `name` with one test per case (verdicts, then `says`) followed by one test per case that has a
 * `message`; not run yet, so a file can add its own tests before calling `.run()`.
 */
export function fixtureCasesSuite(name: string, rule: Rule, dir: string, cases: readonly RuleFixtureCase[]): Test {
  const test = suite(name);
  for (const { fixture, want, says, options, title } of cases) {
    test(title ?? fixture, async () => {
      const file = path.join(dir, fixture);
      assert.equal(await checkRule(rule, file, options), want);
      if (says) {
        const messages = (await evaluateFixture(rule, file, options)).map((e) => e.verdict.message);
        says.forEach((s, i) => assert.ok(messages[i]?.includes(s), `message ${i} "${messages[i]}" should contain "${s}"`));
      }
    });
  }
  for (const { fixture, message, options, title } of cases) {
    if (message === undefined) continue;
    test(`message: ${title ?? fixture}`, async () => {
      const [first] = await evaluateFixture(rule, path.join(dir, fixture), options);
      assert.is(first?.verdict.message, message);
    });
  }
  return test;
}

/** Build and run the table suite of `fixtureCasesSuite`. */
export function fixtureCases(name: string, rule: Rule, dir: string, cases: readonly RuleFixtureCase[]): void {
  fixtureCasesSuite(name, rule, dir, cases).run();
}

export function assertDeepFrozen(v: unknown, seen = new Set<unknown>()): void {
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (v instanceof Map) {
    for (const [, x] of v) assertDeepFrozen(x, seen);
    return;
  }
  assert.ok(Object.isFrozen(v), 'snapshot must be deep-frozen');
  for (const k of Object.keys(v)) assertDeepFrozen((v as Record<string, unknown>)[k], seen);
}
