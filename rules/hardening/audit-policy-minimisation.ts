// Compared with the baseline scan, the audit policy has not lowered the level of, or stopped logging, a sensitive request.
import { defineRule, fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { configDocFor, flagSetting, isVerdict, onComponent } from '../../lib/rule/component.js';
import { AUDIT_CONCERNS, decide, LEVEL_RANK, type AuditLevel } from '../../lib/rule/audit-policy.js';
import { baselineResults } from '../../lib/rule/baseline.js';
import { Field } from '../../lib/rule/field.js';
import type { Resource } from '../../lib/model/types.js';

const PROBE = { user: 'kubecis:probe-user', groups: ['system:authenticated'] };
const LEVELS_RE = /audit levels: ((?:[a-z-]+=[A-Za-z]+(?:, )?)+)/;

/** The lowest level the policy gives any request of each concern, for an ordinary user, and the rule that decides it. */
function levelsOf(doc: Resource): { id: string; level: AuditLevel; rule?: number }[] {
  return AUDIT_CONCERNS.map((c) => {
    let low: { level: AuditLevel; rule?: number } | undefined;
    for (const r of c.requests) {
      for (const verb of r.verbs) {
        const d = decide(doc, { ...PROBE, verb, group: r.group, resource: r.resource, subresource: r.subresource, namespace: r.namespaced ? 'kubecis-probe' : '' });
        const level: AuditLevel = d.suppressed ? 'None' : d.level;
        if (!low || LEVEL_RANK[level] < LEVEL_RANK[low.level]) low = { level, rule: d.rule };
      }
    }
    return { id: c.id, ...low! };
  });
}

export default defineRule({
  id: 'audit-policy-minimisation',
  title: 'The audit policy has not been weakened since the baseline',
  assessment: 'automated',
  notes:
    'For each group of sensitive requests the API server should audit (secrets, configmaps, tokenreviews, pods/exec and other pod access, ' +
    'workload changes, RBAC changes, and the catch-all) the rule computes the lowest level the policy gives an ordinary user (None when ' +
    'every stage is omitted) and records it in its message ("audit levels: ..."). With --baseline it compares with the levels recorded for ' +
    'the same node in the previous report and fails when a level went down or a group is no longer logged. Without a baseline the levels ' +
    'are reported as manual; audit-policy-coverage judges them against a fixed minimum.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  frameworks: { mitreAttack: ['T1562.008'] },
  rationale: 'Quietly lowering audit levels (often to cut log volume) removes exactly the records an investigation needs, and nobody notices until they are missing.',
  remediation: 'Restore the audit policy rule that was lowered or removed, or record the reduction as an accepted change after review.',

  evaluate: onComponent('apiserver', (v, ctx) => {
    const s = flagSetting(v, 'audit-policy-file');
    if (s.value === undefined || s.value === '') return notApplicable('the API server has no audit policy (--audit-policy-file is not set), so nothing is audited');
    const found = configDocFor(v, s, 'audit policy');
    if (isVerdict(found)) return found;
    const doc = found.doc;
    const now = levelsOf(doc);
    const summary = `audit levels: ${now.map((l) => `${l.id}=${l.level}`).join(', ')}`;
    const ruleAt = (i: number | undefined) => (i === undefined ? Field.of(doc, 'rules') : Field.of(doc, 'rules', i, 'level'));
    const baseline = baselineResults(ctx.options);
    if (!baseline) return manual(`no baseline to compare with (--baseline); ${summary}`, found.file.loc);
    const prev = baseline.find((r) => r.ruleId === 'audit-policy-minimisation' && r.target.kind === 'Node' && r.target.name === v.node.name);
    const m = prev ? LEVELS_RE.exec(prev.message) : null;
    if (!m) return manual(`the baseline has no audit levels for node "${v.node.name}"; ${summary}`, found.file.loc);
    const before = new Map(m[1].split(', ').map((kv) => kv.split('=') as [string, string]));
    const worse = now.filter((l) => {
      const b = before.get(l.id) as AuditLevel | undefined;
      return b !== undefined && b in LEVEL_RANK && LEVEL_RANK[l.level] < LEVEL_RANK[b];
    });
    if (worse.length === 0) return pass(found.file.loc, `no audit level went down since the baseline; ${summary}`);
    const what = worse.map((l) => `${l.id} ${l.level === 'None' ? 'is no longer logged' : `went from ${before.get(l.id)} to ${l.level}`}`).join(', ');
    return fail(ruleAt(worse[0].rule), `since the baseline ${what}; ${summary}`);
  }),
});
