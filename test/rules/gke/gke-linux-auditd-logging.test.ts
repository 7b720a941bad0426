// gke-linux-auditd-logging: manual; an auditd logging DaemonSet is evidence.
import rule from '../../../rules/gke/gke-linux-auditd-logging.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'gke', [
  { fixture: 'manual-cos-auditd.yaml', status: 'manual', at: '2:1', says: ['DaemonSet "cos-auditd/cos-auditd-logging"'] },
  { fixture: 'manual-no-auditd.yaml', status: 'manual', says: ['no auditd logging DaemonSet is in the input'] },
]);
