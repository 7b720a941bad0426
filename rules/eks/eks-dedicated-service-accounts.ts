// Workloads that call AWS should get their own IAM role (IRSA or EKS Pod Identity) instead of the node's.
import { annotatedServiceAccounts, managedSettingRule, objectEvidence, objectsNamed, type Evidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-dedicated-service-accounts',
  title: 'Workloads use dedicated IAM roles, not the node role',
  provider: 'eks',
  assessment: 'manual',
  notes: 'ServiceAccounts annotated for IAM roles for service accounts and the EKS Pod Identity agent are listed; which workloads call AWS cannot be seen.',
  severity: 'medium',
  rationale: 'Pods that borrow the node role through the instance metadata service all share its permissions, so one compromised pod gets every other workload\'s AWS access.',
  remediation: 'Give each workload that calls AWS its own IAM role through EKS Pod Identity or IAM roles for service accounts, and block pod access to the instance metadata service (IMDSv2 with a hop limit of 1).',
  guidance: 'check that workloads calling AWS use EKS Pod Identity or IAM roles for service accounts, and that pods cannot reach the instance metadata service: run "aws eks list-pod-identity-associations --cluster-name {cluster} --region {region}"',
  evidence(ctx) {
    const seen: Evidence[] = [];
    const irsa = annotatedServiceAccounts(ctx, 'eks.amazonaws.com/role-arn');
    if (irsa) seen.push(irsa);
    seen.push(...objectEvidence(objectsNamed(ctx, 'DaemonSet', /^eks-pod-identity-agent$/), ' (EKS Pod Identity)'));
    return { seen, none: 'no ServiceAccount has an eks.amazonaws.com/role-arn annotation and no EKS Pod Identity agent is in the input' };
  },
});
