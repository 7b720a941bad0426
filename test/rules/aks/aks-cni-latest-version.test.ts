// aks-cni-latest-version: manual; the CNI components and their image tags are listed.
import rule from '../../../rules/aks/aks-cni-latest-version.js';
import { clusterRuleSuite } from '../../helpers/managed-rule.js';

clusterRuleSuite(rule, 'aks', [
  { fixture: 'manual-azure-cni-cilium.yaml', status: 'manual', at: '2:1', says: ['Cilium 1.14.10-1 (DaemonSet "kube-system/cilium") and Azure CNI v1.5.26 (DaemonSet "kube-system/azure-cns")'] },
  { fixture: 'manual-no-cni.yaml', status: 'manual', says: ['no CNI DaemonSet or Deployment is in the input'] },
]);
