// Rotated audit log files must be kept for at least 30 days (--audit-log-maxage, default 0).
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkAuditLogLimit } from '../../lib/rule/audit-policy.js';

export default defineRule({
  id: 'apiserver-audit-log-maxage',
  title: 'API server keeps audit logs for at least 30 days',
  assessment: 'automated',
  notes: 'With 0 (the default) files are never removed by age; the benchmark still asks for an explicit value of 30 or more, so an absent flag fails.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Investigations often start weeks after the event; audit records must still be there.',
  remediation: 'Set --audit-log-maxage=30 (or more, as your retention policy requires) on the API server.',

  evaluate: onComponent('apiserver', (v) => checkAuditLogLimit(v, 'audit-log-maxage', 30, 'no removal by age')),
});
