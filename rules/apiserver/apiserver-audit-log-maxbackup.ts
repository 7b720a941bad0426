// At least 10 rotated audit log files must be kept (--audit-log-maxbackup, default 0).
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkAuditLogLimit } from '../../lib/rule/audit-policy.js';

export default defineRule({
  id: 'apiserver-audit-log-maxbackup',
  title: 'API server keeps at least 10 rotated audit log files',
  assessment: 'automated',
  notes: 'With 0 (the default) no file is removed by count; the benchmark still asks for an explicit value of 10 or more, so an absent flag fails.',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Keeping enough rotated files preserves the audit trail across rotations.',
  remediation: 'Set --audit-log-maxbackup=10 (or more) on the API server.',

  evaluate: onComponent('apiserver', (v) => checkAuditLogLimit(v, 'audit-log-maxbackup', 10, 'no removal by count')),
});
