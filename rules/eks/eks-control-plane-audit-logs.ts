// EKS control plane logging must include the audit log type; only the EKS API shows it.
import { EKS_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-control-plane-audit-logs',
  title: 'EKS control plane audit logging is enabled',
  provider: 'eks',
  assessment: 'manual',
  severity: 'high',
  rationale: 'Without the audit log type, EKS keeps no record of who did what through the API server, which leaves incidents uninvestigable.',
  remediation: 'Enable the "audit" log type (and "authenticator") in the cluster\'s control plane logging, in the console\'s Observability tab or with aws eks update-cluster-config --logging.',
  guidance: `check that control plane logging includes the "audit" log type: EKS console, cluster "{cluster}", Observability tab, or run "${EKS_DESCRIBE} --query cluster.logging"`,
});
