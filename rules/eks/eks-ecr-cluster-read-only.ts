// The nodes' IAM role should only be able to read from ECR.
import { awsAuthEvidence, ECR_REGISTRY, managedSettingRule, registryEvidence, type Evidence } from '../../lib/rule/managed.js';

export default managedSettingRule({
  id: 'eks-ecr-cluster-read-only',
  title: 'The cluster has read-only access to ECR',
  provider: 'eks',
  assessment: 'manual',
  severity: 'medium',
  rationale: 'A node role that can push to ECR lets anyone who compromises a node replace the images every other node pulls.',
  remediation: 'Attach AmazonEC2ContainerRegistryReadOnly (or a policy with only ecr:GetAuthorizationToken, ecr:BatchGetImage and ecr:GetDownloadUrlForLayer) to the node role and remove broader ECR policies.',
  guidance: 'check that the node IAM role holds only read access to ECR (AmazonEC2ContainerRegistryReadOnly or an equivalent): run "aws iam list-attached-role-policies --role-name <node role>" and "aws iam list-role-policies --role-name <node role>"',
  evidence(ctx) {
    const seen = [awsAuthEvidence(ctx), registryEvidence(ctx, (r) => ECR_REGISTRY.test(r), 'ECR registries')].filter((e): e is Evidence => e !== undefined);
    return { seen, none: 'neither the aws-auth ConfigMap nor images from ECR are in the input' };
  },
});
