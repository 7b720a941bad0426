// Only the people and pipelines that publish images should be able to change ECR repositories.
import { ECR_REGISTRY, managedSettingRule, registryEvidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-ecr-user-access',
  title: 'User access to ECR is limited',
  provider: 'eks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'Whoever can push or delete images in a repository the cluster pulls from can run code in the cluster.',
  remediation: 'Grant ecr push and delete actions only to the build pipeline\'s role, give people read access at most, and set repository policies that deny everyone else.',
  guidance: 'check the IAM policies and repository policies of the ECR repositories in use: only the build pipeline may push or delete images; run "aws ecr get-repository-policy --repository-name <repository> --region {region}" for each',
  evidence(ctx) {
    const ecr = registryEvidence(ctx, (r) => ECR_REGISTRY.test(r), 'ECR registries');
    return ecr ? { seen: [ecr] } : { seen: [], none: 'no container image in the input comes from an ECR registry' };
  },
});
