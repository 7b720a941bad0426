// Audit log files must rotate at 100 MB or more (--audit-log-maxsize, default 0).
import { defineRule } from '../../lib/rule/define.js';
import { onComponent } from '../../lib/rule/component.js';
import { checkAuditLogLimit } from '../../lib/rule/audit-policy.js';

export default defineRule({
  id: 'apiserver-audit-log-maxsize',
  title: 'API server rotates audit logs at 100 MB or more',
  assessment: 'automated',
  notes: 'With 0 (the default) the log rotates at 100 MB; the benchmark still asks for an explicit value of 100 or more, so an absent flag fails.',
  severity: 'low',
  scope: { node: ['control-plane'] },
  rationale: 'A sensible rotation size keeps audit logs manageable without losing records to over-frequent rotation.',
  remediation: 'Set --audit-log-maxsize=100 (megabytes, or more) on the API server.',

  evaluate: onComponent('apiserver', (v) => checkAuditLogLimit(v, 'audit-log-maxsize', 100, 'rotation at 100 MB')),
});
