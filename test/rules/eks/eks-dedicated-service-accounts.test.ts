// eks-dedicated-service-accounts: manual; IRSA annotations and the Pod Identity agent are evidence.
import rule from '../../../rules/eks/eks-dedicated-service-accounts.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'manual-irsa-and-pod-identity.yaml', status: 'manual', at: '8:33', says: ['1 ServiceAccount annotated eks.amazonaws.com/role-arn ("shop/uploader")', 'DaemonSet "kube-system/eks-pod-identity-agent" (EKS Pod Identity)'], not: ['arn:aws:iam'] },
  { fixture: 'manual-no-workload-identity.yaml', status: 'manual', says: ['no ServiceAccount has an eks.amazonaws.com/role-arn annotation'] },
]);
