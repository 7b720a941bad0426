// audit-retention-framework: --audit-log-maxage against the 90 days PCI DSS 10.5.1 and FedRAMP AU-11 keep at hand.
import rule, { RETENTION_REQUIREMENTS } from '../../../rules/hardening/audit-retention-framework.js';
import { api, argLine, ARG_COLUMN, COMMAND_LOC, runCases } from '../../helpers/node-facts.js';
import * as assert from 'uvu/assert';
import { nodeRuleSuite } from '../../helpers/node-rule.js';

const LOG = '--audit-log-path=/var/log/kubernetes/audit/audit.log';
assert.equal(RETENTION_REQUIREMENTS.map((r) => `${r.framework} ${r.control}`), ['PCI DSS v4.0 10.5.1', 'FedRAMP AU-11']);

runCases(rule, [
  { name: 'pass: a year on the node', node: api([LOG, '--audit-log-maxage=365']), want: { status: 'pass', message: 'audit log files are kept 365 days, at least the 90 days to keep at hand' } },
  {
    name: 'pass: 90 days, with the rest of the year to keep elsewhere',
    node: api([LOG, '--audit-log-maxage=90']),
    want: { status: 'pass', message: 'audit log files are kept 90 days, at least the 90 days to keep at hand; keep 365 days of history off the node (PCI DSS 10.5.1, FedRAMP AU-11)' },
  },
  {
    name: 'fail: the CIS minimum of 30 days is not enough here',
    node: api([LOG, '--audit-log-maxage=30']),
    want: { status: 'fail', line: argLine(1), column: ARG_COLUMN, message: 'audit log files are kept 30 days (--audit-log-maxage), less than the 90 days PCI DSS v4.0 10.5.1 and FedRAMP AU-11 ask to keep at hand' },
  },
  { name: 'pass: 0 and no backup limit, nothing is removed', node: api([LOG]), want: { status: 'pass', message: /never removed/ } },
  { name: 'manual: 0 days but a backup count decides', node: api([LOG, '--audit-log-maxbackup=10']), want: { status: 'manual', ...COMMAND_LOC, message: /--audit-log-maxbackup=10 files decide retention/ } },
  { name: 'manual: the log goes to standard output', node: api(['--audit-log-path=-', '--audit-log-maxage=1']), want: { status: 'manual', line: argLine(0) } },
  { name: 'not applicable: no audit log file', node: api(['--audit-webhook-config-file=/etc/kubernetes/w.yaml']), want: { status: 'not-applicable' } },
  { name: 'manual: not a number', node: api([LOG, '--audit-log-maxage=30d']), want: { status: 'manual', line: argLine(1) } },
]);

nodeRuleSuite(rule, 'hardening', [
  { fixture: 'pass-90-days', want: [{ node: 'cp-1', status: 'pass', has: 'kept 90 days' }] },
  { fixture: 'fail-30-days', want: [{ node: 'cp-1', status: 'fail', at: 'files/etc/kubernetes/manifests/kube-apiserver.yaml:12:7', has: 'less than the 90 days' }] },
]);
