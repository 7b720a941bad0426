// EKS audit logs must be kept for a set time and looked at; they live in CloudWatch Logs, outside the cluster.
import { managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-audit-log-collection',
  title: 'EKS audit logs are retained and reviewed',
  provider: 'eks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'Audit logs help only if they outlive an incident and someone is alerted on suspicious calls; CloudWatch keeps them forever or not at all unless told.',
  remediation: 'Set a retention period on the /aws/eks/<cluster>/cluster log group that meets your policy, and export or alert on audit events (CloudWatch metric filters, a SIEM subscription).',
  guidance: 'check that the CloudWatch log group "/aws/eks/{cluster}/cluster" has a retention period and that audit events are alerted on or exported: run "aws logs describe-log-groups --log-group-name-prefix /aws/eks/{cluster}/cluster --region {region}"',
});
