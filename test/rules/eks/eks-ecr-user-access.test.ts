// eks-ecr-user-access: manual; the private ECR registries the workloads pull from are evidence.
import rule from '../../../rules/eks/eks-ecr-user-access.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'manual-ecr-images.yaml', status: 'manual', at: '12:18', says: ['the input shows 2 container images from ECR registries "111122223333.dkr.ecr.eu-west-1.amazonaws.com" (2)'] },
  { fixture: 'manual-no-ecr-images.yaml', status: 'manual', says: ['no container image in the input comes from an ECR registry'] },
]);
