// eks-audit-log-collection: only the EKS API shows the setting, so the verdict is manual; the cluster bundle fills in the command.
import rule from '../../../rules/eks/eks-audit-log-collection.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'manual-eks-cluster-bundle', status: 'manual', says: ['/aws/eks/prod/cluster', '--region eu-west-1', 'nothing in the input shows this setting'] },
  { fixture: 'manual-manifests-only.yaml', status: 'manual', says: ['<cluster>', '--region <region>'], not: ['prod'] },
]);
