// eks-cluster-access-manager: manual; the aws-auth ConfigMap is evidence (counted, never named).
import rule from '../../../rules/eks/eks-cluster-access-manager.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'manual-aws-auth-configmap', status: 'manual', at: 'cluster/resources/configmaps.core.yaml:4:3', says: ['cluster \"prod\"', 'ConfigMap "kube-system/aws-auth" mapping 2 IAM roles (1 of them for nodes) and 1 IAM user'], not: ['arn:aws:iam', 'alice'] },
  { fixture: 'manual-no-aws-auth.yaml', status: 'manual', says: ['no aws-auth ConfigMap is in the input'] },
]);
