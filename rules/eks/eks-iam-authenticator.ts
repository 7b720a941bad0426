// People should reach the cluster through IAM identities (aws eks get-token), not static credentials.
import { awsAuthEvidence, managedSettingRule } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-iam-authenticator',
  title: 'Cluster users authenticate through AWS IAM',
  provider: 'eks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'IAM authentication gives short-lived tokens tied to identities you already manage and audit; static tokens and certificates outlive the people who hold them.',
  remediation: 'Map IAM roles to Kubernetes groups with access entries (or aws-auth), have kubeconfigs call aws eks get-token (AWS CLI 1.16.156 or later), and issue no static tokens or client certificates to people.',
  guidance: 'check that users reach the cluster through IAM principals mapped by access entries or aws-auth, with kubeconfigs that run "aws eks get-token", and that no static tokens or client certificates are handed out: run "aws eks list-access-entries --cluster-name {cluster} --region {region}"',
  evidence(ctx) {
    const aws = awsAuthEvidence(ctx);
    return aws ? { seen: [aws] } : { seen: [], none: 'no aws-auth ConfigMap is in the input' };
  },
});
