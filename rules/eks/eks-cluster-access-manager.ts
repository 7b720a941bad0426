// Cluster access should be managed with EKS access entries (authentication mode API or API_AND_CONFIG_MAP).
import { awsAuthEvidence, EKS_DESCRIBE, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-cluster-access-manager',
  title: 'EKS access entries manage cluster access',
  provider: 'eks',
  assessment: 'manual',
  notes: 'The aws-auth ConfigMap, when the dump has it, shows how much access still comes from the older ConfigMap mappings.',
  severity: 'medium',
  rationale: 'Access entries are managed through the EKS API with IAM controls and audit, while a single edit of the aws-auth ConfigMap can lock everyone out or let anyone in.',
  remediation: 'Switch the cluster\'s authentication mode to API_AND_CONFIG_MAP, recreate the aws-auth mappings as access entries, then move to API only and delete the aws-auth ConfigMap.',
  guidance: `check that the authentication mode is API or API_AND_CONFIG_MAP and that access entries grant access: EKS console, cluster "{cluster}", Access tab, or run "${EKS_DESCRIBE} --query cluster.accessConfig"`,
  evidence(ctx) {
    const aws = awsAuthEvidence(ctx);
    return aws ? { seen: [aws] } : { seen: [], none: 'no aws-auth ConfigMap is in the input (access entries alone, or kube-system ConfigMaps were not collected)' };
  },
});
