// eks-control-plane-audit-logs: only the EKS API shows the setting, so the verdict is manual; the cluster bundle fills in the command.
import rule from '../../../rules/eks/eks-control-plane-audit-logs.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'eks', [
  { fixture: 'manual-eks-cluster-bundle', status: 'manual', says: ['cluster.logging', '--region eu-west-1', 'nothing in the input shows this setting'] },
  { fixture: 'manual-manifests-only.yaml', status: 'manual', says: ['<cluster>', '--region <region>'], not: ['prod'] },
]);
