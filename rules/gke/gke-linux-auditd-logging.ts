// Linux auditd logs of the nodes should be collected (GKE's COS auditd logging DaemonSet).
import { managedSettingRule, objectEvidence, objectsNamed } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'gke-linux-auditd-logging',
  title: 'Linux auditd logs are collected from GKE nodes',
  provider: 'gke',
  assessment: 'manual',
  notes: 'A DaemonSet whose name contains "auditd" (GKE\'s example deploys cos-auditd-logging) is listed as evidence.',
  severity: 'low',
  rationale: 'Node audit logs record logins, privilege changes and process execution on the host, which Kubernetes audit logs do not cover.',
  remediation: 'Deploy GKE\'s COS auditd logging DaemonSet (or an equivalent agent) on every node pool and send its output to Cloud Logging.',
  guidance: 'check that an auditd logging DaemonSet runs on every node pool and that its logs reach Cloud Logging: run "gcloud logging read \'logName:linux-auditd\' --project {project} --limit 5"',
  evidence(ctx) {
    return { seen: objectEvidence(objectsNamed(ctx, 'DaemonSet', /auditd/)), none: 'no auditd logging DaemonSet is in the input' };
  },
});
