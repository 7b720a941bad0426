// Table-driven tests of node rules over mini bundle fixtures: rules/<family>/<id>.fixtures/<case>/ is one bundle
// folder, or a folder of bundle folders (a node bundle and the cluster bundle of the same cluster).
import { existsSync, readdirSync, statSync } from 'node:fs';
import * as path from 'node:path';
import { suite } from 'uvu';
import * as assert from 'uvu/assert';
import { evaluateRule, makeContext } from '../../lib/engine/run.js';
import { loadSnapshot } from '../../lib/load/index.js';
import type { Rule } from '../../lib/rule/types.js';
import { assertDeepFrozen, fixturesDir } from './check-rule.js';

export interface NodeVerdict {
  /** Target name (the node). */
  readonly node: string;
  readonly status: string;
  /** `member:line:column` inside the bundle (e.g. `stats.tsv:4:1`), required for everything but pass. */
  readonly at?: string;
  /** A substring the message must contain. */
  readonly has?: string;
}

export interface NodeCase {
  readonly fixture: string;
  readonly want: readonly NodeVerdict[];
}

/** The bundle folders of one fixture case. */
export function fixtureInputs(dir: string): string[] {
  if (existsSync(path.join(dir, 'bundle.json'))) return [dir];
  return readdirSync(dir)
    .sort()
    .map((n) => path.join(dir, n))
    .filter((p) => statSync(p).isDirectory() && existsSync(path.join(p, 'bundle.json')));
}

/** Evaluate a rule over a fixture case with the invariants every rule keeps; verdicts as NodeVerdicts. */
export async function runNodeFixture(rule: Rule, dir: string, kubernetesMinor?: number): Promise<(NodeVerdict & { message: string })[]> {
  const inputs = fixtureInputs(dir);
  assert.ok(inputs.length > 0, `${dir} holds no bundle`);
  const snapshot = await loadSnapshot(inputs);
  assert.equal(snapshot.errors, [], `fixture ${path.basename(dir)} must load without errors`);
  assertDeepFrozen(snapshot);
  const ctx = makeContext(snapshot, 'cis-1.12', kubernetesMinor);
  const first = evaluateRule(rule, ctx);
  const second = evaluateRule(rule, ctx);
  assert.equal(JSON.stringify(first.map((e) => e.verdict)), JSON.stringify(second.map((e) => e.verdict)), 'two runs must give identical verdicts');
  return first.map((e) => {
    const v = e.verdict;
    assert.not.ok(/^rule ".*" (failed|returned no verdict)/.test(v.message), `rule threw: ${v.message}`);
    assert.ok(v.message.length > 0 && !v.message.endsWith('.'), `message must be one sentence without a trailing period: "${v.message}"`);
    if (v.status === 'fail') assert.ok(v.loc && v.loc.line > 0 && v.loc.column > 0, `fail verdict must carry a location: ${v.message}`);
    const at = v.loc ? `${v.loc.file.slice(v.loc.file.indexOf('!') + 1)}:${v.loc.line}:${v.loc.column}` : undefined;
    return { node: e.resultTarget.name, status: v.status, ...(at ? { at } : {}), message: v.message };
  });
}

/** One uvu suite per rule: each case names a fixture folder and the verdicts it must yield. */
export function nodeRuleSuite(rule: Rule, family: string, cases: readonly NodeCase[]): void {
  const dir = fixturesDir(rule, family);
  const test = suite(rule.id);
  for (const c of cases) {
    test(c.fixture, async () => {
      const got = await runNodeFixture(rule, path.join(dir, c.fixture));
      const simple = got.map((g, i) => {
        const w = c.want[i];
        return {
          node: g.node,
          status: g.status,
          ...(w?.at !== undefined || (g.status !== 'pass' && g.at !== undefined) ? { at: g.at } : {}),
          ...(w?.has !== undefined ? { has: g.message.includes(w.has) ? w.has : g.message } : {}),
        };
      });
      assert.equal(simple, c.want.map((w) => ({ ...w })));
    });
  }
  test('every fixture folder is used, with pass- and fail- cases among them', () => {
    const folders = readdirSync(dir).filter((n) => statSync(path.join(dir, n)).isDirectory()).sort();
    assert.equal(folders, [...new Set(cases.map((c) => c.fixture))].sort());
    assert.ok(folders.some((f) => f.startsWith('pass-')) && folders.some((f) => f.startsWith('fail-')), 'needs pass- and fail- fixtures');
  });
  test.run();
}
