// eks-ecr-cluster-read-only: manual; aws-auth node role mappings and ECR images are evidence.
import rule from '../../../rules/eks/eks-ecr-cluster-read-only.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'manual-aws-auth-and-ecr-images.yaml', status: 'manual', at: '2:1', says: ['(1 of them for nodes)', '2 container images from ECR registries'] },
  { fixture: 'manual-nothing-seen.yaml', status: 'manual', says: ['neither the aws-auth ConfigMap nor images from ECR are in the input'] },
]);
