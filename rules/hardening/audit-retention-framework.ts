// The API server keeps its audit log file at least as long as the mapped frameworks want records immediately available.
import { defineRule, fail, manual, notApplicable, pass } from '../../lib/rule/define.js';
import { flagSetting, onComponent, parseGoInt } from '../../lib/rule/component.js';

/**
 * Retention each framework asks for, with its source. `onlineDays` is what must be immediately available for
 * analysis, which a log file on the control-plane node provides; the rest of the history belongs off the node.
 */
export const RETENTION_REQUIREMENTS: readonly { framework: string; control: string; onlineDays: number; totalDays: number; source: string }[] = [
  { framework: 'PCI DSS v4.0', control: '10.5.1', onlineDays: 90, totalDays: 365, source: 'requirement 10.5.1: at least 12 months of audit log history, the most recent 3 months immediately available for analysis' },
  { framework: 'FedRAMP', control: 'AU-11', onlineDays: 90, totalDays: 365, source: 'the FedRAMP Rev. 4 AU-11 parameter keeps audit records online for at least 90 days; Rev. 5 defers to OMB M-21-31 (12 months active storage, 18 months cold)' },
];

const MIN_ONLINE = Math.max(...RETENTION_REQUIREMENTS.map((r) => r.onlineDays));
const MIN_TOTAL = Math.max(...RETENTION_REQUIREMENTS.map((r) => r.totalDays));
const SOURCES = RETENTION_REQUIREMENTS.map((r) => `${r.framework} ${r.control} (${r.source})`).join('; ');

export default defineRule({
  id: 'audit-retention-framework',
  title: 'Audit log retention meets the mapped frameworks',
  assessment: 'automated',
  notes:
    `--audit-log-maxage (days, default 0) is compared with the longest immediately-available period the mapped frameworks ask for, ${MIN_ONLINE} days. ` +
    `Sources: ${SOURCES}. NIST SP 800-53 AU-11 leaves the period to the organization; HIPAA 164.316(b)(2) sets 6 years for documentation, not for ` +
    'audit logs, and SOC 2 and ISO 27001 set no number. With maxage 0 files are not removed by age: with --audit-log-maxbackup 0 too nothing is ' +
    'removed (pass), otherwise the number of files decides and days cannot be known (manual). Longer history is kept off the node (see audit-log-forwarding).',
  severity: 'medium',
  scope: { node: ['control-plane'] },
  rationale: 'Breaches are often found months after they start; PCI DSS and FedRAMP auditors ask for the last 90 days of audit records to be at hand and for a year of history overall.',
  remediation: `Set --audit-log-maxage=${MIN_ONLINE} or more (with --audit-log-maxsize and --audit-log-maxbackup sized for it), and forward audit logs to storage that keeps ${MIN_TOTAL} days or more.`,

  evaluate: onComponent('apiserver', (v) => {
    const path = flagSetting(v, 'audit-log-path');
    if (path.value === undefined || path.value === '') return notApplicable('the API server writes no audit log file (--audit-log-path is not set)');
    if (path.value === '-') return manual('the audit log goes to standard output, so retention is decided where that output is collected', path.loc);
    const age = flagSetting(v, 'audit-log-maxage', { default: '0' });
    const days = parseGoInt(age.value ?? '0');
    if (days === undefined || days < 0) return manual(`--audit-log-maxage "${age.value}" is not a whole number of days`, age.loc);
    const later = `; keep ${MIN_TOTAL} days of history off the node (PCI DSS 10.5.1, FedRAMP AU-11)`;
    if (days === 0) {
      const backups = parseGoInt(flagSetting(v, 'audit-log-maxbackup', { default: '0' }).value ?? '0');
      if (backups === 0) return pass(age.loc, `audit log files are never removed (--audit-log-maxage and --audit-log-maxbackup are 0)${later}`);
      return manual(`--audit-log-maxage is 0, so --audit-log-maxbackup=${backups} files decide retention and the number of days cannot be known; make sure they cover ${MIN_ONLINE} days`, age.loc);
    }
    if (days >= MIN_ONLINE) return pass(age.loc, `audit log files are kept ${days} days, at least the ${MIN_ONLINE} days to keep at hand${days >= MIN_TOTAL ? '' : later}`);
    const missed = RETENTION_REQUIREMENTS.filter((r) => days < r.onlineDays).map((r) => `${r.framework} ${r.control}`);
    return fail(age.loc, `audit log files are kept ${days} days (--audit-log-maxage), less than the ${MIN_ONLINE} days ${missed.join(' and ')} ask${missed.length === 1 ? 's' : ''} to keep at hand`);
  }),
});
