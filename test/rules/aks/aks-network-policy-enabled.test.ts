// aks-network-policy-enabled: decided from the CNI DaemonSets.
import rule from '../../../rules/aks/aks-network-policy-enabled.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'pass-azure-npm.yaml', status: 'pass', says: ['Azure Network Policy Manager enforces NetworkPolicy (DaemonSet "kube-system/azure-npm")'] },
  { fixture: 'fail-azure-cni-only.yaml', status: 'fail', at: '13:18', says: ['Azure CNI alone does not enforce NetworkPolicy'] },
  { fixture: 'manual-no-cni.yaml', status: 'manual', says: ['networkProfile.networkPolicy', 'no CNI DaemonSet or Deployment is in the input'] },
]);
